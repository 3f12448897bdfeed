<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>integriteit::AboutBox</name>
    <message>
        <source>Integrity registers of political office holders, for the clerk&apos;s office and the secretariat of a municipality.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged in as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Integriteit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>integriteit::AccountLinks</name>
    <message>
        <source>see which office holder an account belongs to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link accounts to office holders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office holder: this person no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>integriteit::AdministratorPage</name>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first user account. The administrator manages users, roles and settings and can give colleagues their own accounts later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: jjansen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: Jan Jansen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>integriteit::AdvanceService</name>
    <message>
        <source>This advance no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount: fill in the amount of the advance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This advance already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This advance is accounted for by a claim and can no longer be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This advance is accounted for by a claim and stays on record.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>integriteit::AppController</name>
    <message>
        <source>No database to open: give the database file as an argument.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set INTEGRITEIT_USER and INTEGRITEIT_PASSWORD to log in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integriteit databases (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The screenshot %1 cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>integriteit::AppointmentDialog</name>
    <message>
        <source>New appointment for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit appointment of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose or type the party group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Party group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of installation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty while the appointment lasts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example end of term, resignation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End of term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resignation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointed elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Death</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for &amp;leaving:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>100% is full-time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part-&amp;time factor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deputy chair of the council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Group leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Functions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tra&amp;nsitional arrangement for settlement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the same office at the same body since before 10 March 2010: side income is then not settled against the salary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onboarding checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Oath or affirmation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code of conduct received:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol rece&amp;ived:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate of conduct (VOG) or risk analysis before the appointment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate / risk &amp;analysis:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outcome or file reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;ference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave a date empty while the item is still open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oath or affirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code of conduct received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate of conduct / risk analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a date. Write it as dd-mm-yyyy, for example 10-03-2022.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>integriteit::AppointmentsPanel</name>
    <message>
        <source>full-time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>part-time %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deputy chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>group leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No appointments yet. Choose New appointment… to record one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit appointment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onboarding checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Functions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every item of the onboarding checklist has a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still open: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointments as %1 are kept by the %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onboarding checklist: %1 since %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oath or affirmation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code of conduct received:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol received:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate of conduct / risk analysis:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the same office at the same body since before 10 March 2010.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transitional arrangement:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for leaving:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>integriteit::AttentionList</name>
    <message>
        <source>Personal side position at %1: record when it was reported to the council and discussed in the college (GC 3.6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gift &quot;%1&quot; from %2 is above the threshold and has no destination yet (GC 5.1.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gift &quot;%1&quot; from %2 was received at home: the seniors&apos; council or the college decides on its destination (GC 5.1.5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitation &quot;%1&quot; from %2 needs a decision beforehand (GC 5.2.2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trip to %1 needs permission before departure (GC 6.2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trip to %1 is paid by a third party: record the conflict-of-interest test and the permission before departure (GC 6.2, 6.4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Income %1 from %2 is not published yet; it is due before 1 April %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The college has not yet decided on the settlement of side income %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The yearly inventory of side positions %1 is not confirmed yet (GC 3.4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onboarding as %1 not complete: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>integriteit::CardPaymentService</name>
    <message>
        <source>This card payment no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This payment has already been judged as &quot;%1&quot;; its accounting no longer changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This payment has no proof of payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of cost: choose one of the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Functional reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Four eyes: you accounted for this payment, so another official judges it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of judgement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of cost: account for the payment first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Functional reason: account for the payment first (GC 9.11).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt: attach the proof of payment first (GC 9.11).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private part: between %1 and the amount paid, %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This invoice no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1 was already paid on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>integriteit::CardValidator</name>
    <message>
        <source>%1: this looks like a full card number. Keep only the last four digits of a card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last four digits: fill in exactly the last four digits of the card number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed kinds of cost: choose at least one kind of cost the card may be used for (GC 9.10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed kinds of cost: &quot;%1&quot; is not a kind of cost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date: the payment lies after the date of the statement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merchant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount: a payment is more than zero; a refund is noted with the payment it refunds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>integriteit::ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;urrent password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat new password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a password that you do not use anywhere else.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>integriteit::ClaimRights</name>
    <message>
        <source>You may not see expense claims: they are kept by the clerk&apos;s office and the secretariat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may not see this expense claim: it is kept by another office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may not handle your own expense claims or credit card.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>integriteit::ClaimService</name>
    <message>
        <source>This expense claim no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This line of the claim no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This line has no proof of payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim %1 has the status &quot;%2&quot;: only a draft can be changed. Have it returned for correction first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim %1 was submitted before, so it stays on record. Submit it again, or have it rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This expense claim already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This line of the claim already exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>integriteit::ClaimStatus</name>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred to the mayor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return for correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refer to the mayor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put before the deciding body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doubt resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as paid</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>integriteit::ClaimValidator</name>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advance: this advance no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advance: choose an advance paid to this office holder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advance: this advance is already settled by another claim.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of expense</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of cost: choose one of the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount: fill in the amount paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Functional reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The claim has no lines: add the expenses first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: fill in the functional reason of the expense (GC 9.3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: attach the proof of payment (GC 9.3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of expense: the costs of that day are handled by the %1, the other lines of this claim by the %2. Enter them on a separate claim.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>integriteit::ClaimWarning</name>
    <message>
        <source>Claimed late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probable duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advance not settled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>integriteit::ClaimWorkflow</name>
    <message>
        <source>Decision: fill in the decision of the %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: say what must be corrected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: say why the claim is rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: describe the doubt about this claim.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: describe the doubt the body is to decide on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: say how the doubt was resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: fill this in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: at most 2000 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision date: fill in the date of the decision of the %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment date: fill in the date the claim was paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the date cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the decision cannot be before the claim was put before the body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the claim cannot be paid before it was approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not possible for a claim with the status %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing more can be done with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible now: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office holder of this claim has no appointment, so nobody can handle the claim. Add the appointment first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A claim in doubt goes to the mayor first (GC 9.6); only the mayor&apos;s own claims go straight to the college.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A doubtful claim of the mayor is put before the college, not before the mayor (GC 9.6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not logged in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may not act on your own claim.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may not do this: the claims of a %1 are handled by the %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the mayor decides on a claim referred to him (GC 9.6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Four eyes: you checked this claim, so another official decides on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Four eyes: you submitted this claim, so another official decides on it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>integriteit::CommandLine</name>
    <message>
        <source>no password: set INTEGRITEIT_PASSWORD or run the command on a terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--db FILE is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--user NAME is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the municipality.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Province (default Utrecht).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name of the first administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name of the first administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the clerk of the council.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the municipal secretary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the mayor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the deputy chair of the council.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: integriteit init --db FILE --municipality NAME --admin USER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(to be filled in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1 for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>small, large or national.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random seed (same seed, same data).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--scale must be small, large or national.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed must be a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: integriteit demo --db FILE [--scale small|large|national] [--seed N]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for the demo accounts: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: integriteit check --db FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 problem(s) found in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: structure, references and audit trail (%2 rows) are in order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage:
  integriteit [FILE]                 open the window (on FILE, or the last database)
  integriteit init  --db FILE --municipality NAME --admin USER [--province NAME]
                    [--admin-name NAME] [--griffier NAME] [--secretaris NAME]
                    [--burgemeester NAME] [--plv-voorzitter NAME]
                                     create a new database
  integriteit demo  --db FILE [--scale small|large|national] [--seed N] [--user NAME]
                                     realistic demo data (a new FILE gets demo accounts)
  integriteit check --db FILE        integrity, foreign keys, audit chain
  integriteit --version

Passwords are read from INTEGRITEIT_PASSWORD, or asked on the terminal.
Exit status 0 on success; otherwise 1 with a one-line message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; see integriteit --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo: body %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data created. Bodies: %1, office holders: %2, appointments: %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>integriteit::CreditCard</name>
    <message>
        <source>Business expense</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private expense</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>integriteit::CreditCardService</name>
    <message>
        <source>This credit card no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This statement no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This credit card already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holder: a card cannot move to another person; withdraw it and register a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn: fill in the date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This card has statements and stays on record; withdraw it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statement of %1 of this card is already there; it is not imported twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This card payment no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This payment has been judged and stays on record.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>integriteit::Database</name>
    <message>
        <source>The file %1 cannot be read. Check that you have access to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is not an Integriteit database. Choose another file; this one has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is on a network share. SQLite cannot guarantee that a save survives there. Copy the file to a local disk and open that copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 cannot be used safely on this disk: a safety setting was refused. Copy the file to a local disk and open that copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is damaged. It has not been changed. Restore the most recent backup, or ask your administrator for help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is an SQLite database, but not one of Integriteit. Choose another file; this one has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 was made by a newer version of Integriteit (version %2 or later is needed; this is version %3). Install the newer version. The file has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 does not exist. To start a new administration, choose &quot;New database&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is read-only. Integriteit needs to write to the file and its folder. Ask your administrator for write access, or copy the file to a folder of your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file name for the new database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 already exists. Choose another name; an existing file is never overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>integriteit::DateLineEdit</name>
    <message>
        <source>dd-mm-yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a date from the calendar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>integriteit::DecisionBody</name>
    <message>
        <source>Clerk of the council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipal secretary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seniors&apos; council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mayor and aldermen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>integriteit::DemoGenerator</name>
    <message>
        <source>The database has no municipality yet; set it up first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>integriteit::ExpenseCategories</name>
    <message>
        <source>Name: fill in the name of the kind of cost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name: at most 100 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name: another kind of cost already has this name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of cost: choose one of the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of cost: &quot;%1&quot; is no longer in use; choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This kind of cost no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may not change the kinds of cost: that is done by the administrator or the secretariat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code: use at most 30 small letters, digits, hyphens or underscores, for example &quot;parkeren&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code: this code is already in use.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>integriteit::FieldRules</name>
    <message>
        <source>%1: fill this in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: at most %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: fill in the date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the date cannot be before 1990.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the date cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the date lies more than two years ahead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the date cannot be before the %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the amount cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the amount is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: choose a year from 1990 on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>integriteit::FinancialInterest</name>
    <message>
        <source>Shares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Derivatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bonds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>integriteit::FinancialInterestService</name>
    <message>
        <source>This financial interest no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This financial interest already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office holder: a financial interest cannot move to another person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended: fill in the date.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>integriteit::FinancialInterestValidator</name>
    <message>
        <source>Office holder: choose the office holder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company or organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acquired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>integriteit::FirstRunWizard</name>
    <message>
        <source>New database — Integriteit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>integriteit::Gift</name>
    <message>
        <source>Kept by the municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given to charity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared with staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept by the recipient</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>integriteit::GiftService</name>
    <message>
        <source>This gift no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This gift already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office holder: a gift cannot move to another person.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>integriteit::GiftThresholds</name>
    <message>
        <source>You may not change the gift thresholds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no threshold for %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>integriteit::GiftValidator</name>
    <message>
        <source>Office holder: choose the office holder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Giver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occasion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported: a gift above %1 (the threshold of %2) must be reported; fill in the date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination: choose the destination.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided by: choose who decided on the destination.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination: a gift above %1 belongs to the municipality and cannot be kept by the recipient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided by: for this office holder that is the %1 or the %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided by: a gift received at home is decided on by the %1 (GC 5.1.5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>integriteit::IntegrityCheck</name>
    <message>
        <source>Database structure: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference: row %1 of table %2 points to a missing row in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail: row %1 was changed or a row before it was removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>integriteit::InventoryService</name>
    <message>
        <source>This office holder no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may not change the start of the yearly inventory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start of the inventory: choose a day that exists in every year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This confirmation no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office holder: choose the office holder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year: the inventory is confirmed for a past or the current year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed: the inventory of %1 cannot be confirmed before that year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes: say what the office holder corrected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year: the inventory of %1 is already confirmed; change that record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This confirmation already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year: the person and year of a confirmation cannot change.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>integriteit::Invitation</name>
    <message>
        <source>Lunch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dinner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excursion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>integriteit::InvitationService</name>
    <message>
        <source>This invitation no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This invitation already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office holder: an invitation cannot move to another person.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>integriteit::InvitationValidator</name>
    <message>
        <source>Office holder: choose the office holder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted: an invitation that is not part of the office is declined (GC 5.2.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision: choose allowed or refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided by: choose who decided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided by: for this office holder that is the %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the decision: an excursion or event is discussed beforehand (GC 5.2.2), so the decision cannot be after the date of the invitation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted: the invitation was refused, so it cannot have been accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes on the decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>integriteit::LocationPage</name>
    <message>
        <source>Database location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integriteit keeps all data in one database file. Choose a place that is included in the backups of your organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a folder on this computer&apos;s own disk. A network share cannot guarantee that changes are saved, so Integriteit refuses it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click Create to make the database and log in as the administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integriteit databases (*.sqlite);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File: choose where the database is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File: %1 already exists. Choose another name; Integriteit never overwrites an existing file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>integriteit::LoginDialog</name>
    <message>
        <source>Log in — Integriteit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integriteit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipality of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrity registers of political office holders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Other database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in your user name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>integriteit::MainWindow</name>
    <message>
        <source>Areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office holders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log out / switch user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find office holder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Integriteit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recent files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged in as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 office holders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integriteit — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integriteit — %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings have been saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password has been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language takes effect the next time you start Integriteit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>integriteit::Migrator</name>
    <message>
        <source>The database could not be upgraded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not be upgraded to version %1. It has been left at version %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>integriteit::MunicipalityForm</name>
    <message>
        <source>&amp;Municipality:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: Beek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Province:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lerk of the council:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the clerk of the council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipal sec&amp;retary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the municipal secretary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M&amp;ayor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the mayor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deputy chair of the council:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the deputy chair</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>integriteit::MunicipalityPage</name>
    <message>
        <source>Welcome to Integriteit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integriteit keeps the integrity registers of the political office holders of your municipality. A few questions set up a new administration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which municipality is this administration for?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who holds these offices now? Their names appear in letters and reports; you can change them later under File &gt; Settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>integriteit::PasswordFields</name>
    <message>
        <source>At least %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat password: the two passwords are not the same. Type the same password twice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>integriteit::PasswordHasher</name>
    <message>
        <source>The password library could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is not enough memory to protect the password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>integriteit::Person</name>
    <message>
        <source>Councillor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committee member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alderman</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mayor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>oath or affirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code of conduct received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>protocol received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate of conduct / risk analysis</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>integriteit::PersonCommand</name>
    <message>
        <source>Cannot undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be undone.

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be redone.

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add office holder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove office holder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add appointment as %1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit appointment of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove appointment as %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>integriteit::PersonDetailWidget</name>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Former office holder, until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No appointment recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an office holder in the list to see the details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New appointment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This office holder is kept by another office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointments (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>integriteit::PersonDialog</name>
    <message>
        <source>New office holder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit office holder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example J.P.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name used, for example Jan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example van der</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.nl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only what the clerk&apos;s office or secretariat needs to know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Initials:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefi&amp;x:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gender:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>integriteit::PersonEditor</name>
    <message>
        <source>%1 added. Choose New appointment to record the appointment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit office holder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes to %1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 removed. Choose Undo to bring him or her back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove office holder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment of %1 added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment of %1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment of %1 removed. Choose Undo to bring it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove appointment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>integriteit::PersonFilterBar</name>
    <message>
        <source>Body:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by name, party group, body…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search office holders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Former</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All party groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All bodies</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>integriteit::PersonHistoryView</name>
    <message>
        <source>Initials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for leaving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part-time factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deputy chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transitional arrangement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oath or affirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code of conduct received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate of conduct / risk analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office holder added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office holder changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office holder removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office holder restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment as %1 added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment as %1 changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment as %1 removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment as %1 restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>integriteit::PersonService</name>
    <message>
        <source>This office holder no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This appointment no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may not change this office holder: his records are kept by another office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may not keep appointments as %1: those are kept by the %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may not add office holders: that is done by the clerk&apos;s office or the secretariat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This office holder already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has appointments and stays on record. Remove the appointments first if they were entered by mistake.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This appointment already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An appointment cannot move to another person.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>integriteit::PersonValidator</name>
    <message>
        <source>%1: the date cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the date lies too far before the start of the appointment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name: fill in the last name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name: use letters, spaces, hyphens and apostrophes only (at most 100).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initials: fill in the initials, for example J.P.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initials: write them with capitals and dots, for example J.P. or Th.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name: use letters only (at most 50).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefix: write the prefix in small letters, for example &quot;van der&quot; (at most 20).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail: this is not an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone: use digits, spaces, hyphens and an optional + (6 to 20 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes: at most 4000 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office holder: this person no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body: choose the council or body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start: fill in the date of installation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start: the date must lie between 1950 and one year from now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End: the end date cannot be before the start date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for leaving: at most 200 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for leaving: fill in the end date as well, or clear the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part-time factor: an alderman works between 1% and 100% of full time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part-time factor: only an alderman has a part-time factor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deputy chair: only a councillor can be deputy chair of the council.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group leader: only a councillor can lead a party group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party group: a councillor or committee member belongs to a party group; fill it in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party group: at most 80 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party group: the mayor is appointed, not elected for a party group; leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oath or affirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code of conduct received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate of conduct / risk analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate of conduct / risk analysis: this applies to aldermen only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate of conduct / risk analysis: fill in the date as well as the reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference: at most 100 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transitional arrangement: this applies to aldermen and the mayor only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start: another mayor is in office during this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start: this person already holds this office during (part of) this period.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>integriteit::PersonsModel</name>
    <message>
        <source>No appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet in office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Former</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>integriteit::PersonsPage</name>
    <message>
        <source>Office holders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New office holder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an office holder to the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the name and contact details of the selected office holder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove an office holder entered by mistake (only without appointments)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;appointment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a new appointment of the selected office holder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The filters were cleared to show %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an office holder without appointments can be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No office holders yet. Choose New office holder to add the first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No office holders match the search.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>integriteit::Receipt</name>
    <message>
        <source>Receipt: the file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt: the file is larger than 20 MB; scan it at a lower resolution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt: attach a PDF file or an image (JPEG, PNG, GIF, TIFF, WebP or HEIC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt: the file has no name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>integriteit::RecordOwner</name>
    <message>
        <source>Office holder: choose the office holder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office holder: this person has no appointment yet; add the appointment first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may not change this record: the records of a %1 are kept by the %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>integriteit::Role</name>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clerk&apos;s office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secretariat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrity (mayor or coordinator)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auditor (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>integriteit::Session</name>
    <message>
        <source>You are not logged in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may not %1: that needs the role &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>integriteit::SetPasswordDialog</name>
    <message>
        <source>Set password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a new password for %1 (%2). Give it to this user in person; the user can change it afterwards under File &gt; Change password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat new password:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>integriteit::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The municipality and its officials. Integriteit uses these details in letters, reports and the public registers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>integriteit::SettingsService</name>
    <message>
        <source>Municipality: fill in the name of the municipality (at most 100 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Province: choose one of the twelve provinces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clerk of the council: fill in the name of the griffier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipal secretary: fill in the name of the gemeentesecretaris.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mayor: fill in the name of the mayor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deputy chair: fill in the name of the deputy chair of the council.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>integriteit::SettlementService</name>
    <message>
        <source>You may not change the settlement parameters: that is done by the administrator or the secretariat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salary of an alderman: fill in an amount above zero, or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salary of an alderman</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salary of the mayor: fill in an amount above zero, or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salary of the mayor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free part: a percentage from 0 to 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settlement rate: a percentage from 0 to 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salary: set the mayor&apos;s salary for %1 first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salary: set the alderman&apos;s salary for %1 first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This settlement decision no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year: the settlement is decided for a past or the current year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office holder: the settlement concerns aldermen and the mayor; this person was neither in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount settled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount settled: &quot;nothing to settle&quot; means an amount of € 0,00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount settled: fill in the amount, or choose &quot;nothing to settle&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the decision: the settlement of %1 cannot be decided before that year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year: the decision on %1 is already recorded; change that record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This settlement decision already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year: the person and year of a decision cannot change.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>integriteit::SideIncomeService</name>
    <message>
        <source>This income record no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side position: choose the side position.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year: the income of %1 for this position is already recorded; change that record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This income record already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year: the position and year of an income record cannot change; remove it and record the income anew.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published: fill in the date.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>integriteit::SideIncomeValidator</name>
    <message>
        <source>Side position: choose the side position.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year: income is recorded for a past or the current year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year: the side position did not run in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount: the side position is recorded as unpaid; mark it as paid first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published: the income of %1 cannot be published before that year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>integriteit::SidePositionService</name>
    <message>
        <source>This side position no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This side position already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office holder: a side position cannot move to another person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End: fill in the date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This side position has recorded income and stays on record. Remove the income first if it was entered by mistake.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>integriteit::SidePositionValidator</name>
    <message>
        <source>Office holder: choose the office holder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported to the council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discussed in the college</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported to the council: only a personal position is reported to the council and discussed in the college; clear both dates for an ex officio position.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>integriteit::SqlQuery</name>
    <message>
        <source>The database could not carry out the action. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is in use by another program. Wait a moment and try again; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full. Make room and try again; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>integriteit::StartDialog</name>
    <message>
        <source>Integriteit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database is open. What would you like to do?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open another database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an existing Integriteit database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new administration for a municipality.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>integriteit::SubmissionWarnings</name>
    <message>
        <source>Line %1: the same receipt belongs to a credit card payment (GC 9.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2 on %3 was also paid with the credit card (GC 9.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the same receipt is attached to line %2 of this claim (GC 9.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2 on %3 appears twice in this claim, also as line %4 (GC 9.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the same receipt is attached to claim %2 (GC 9.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2 on %3 is also claimed in claim %4 (GC 9.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the expense of %2 is claimed more than a month later, on %3 (GC 9.4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The advance of %1 paid on %2 is settled by this claim more than a month later (GC 9.4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The advance of %1 paid on %2 has not been settled within a month (GC 9.4).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>integriteit::Trip</name>
    <message>
        <source>Municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Third party</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>integriteit::TripService</name>
    <message>
        <source>This trip no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This trip already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office holder: a trip cannot move to another person.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>integriteit::TripValidator</name>
    <message>
        <source>Office holder: choose the office holder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return: a foreign trip has at least one night, so the return is after the departure (GC 6.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return: a trip of more than 90 nights is not an official trip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual costs: these are known after the return.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid by: name a third party only when a third party pays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner: the partner travels at municipal cost only on the host&apos;s invitation and in the municipal interest (GC 6.5); record both, or let the partner travel at own cost as a third person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Third persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private extension: from 0 to 60 days, at own cost (GC 6.7).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict-of-interest test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict-of-interest test: fill in both the date and the outcome.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision: choose allowed or refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided by: choose who decided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided by: choose the college or the seniors&apos; council.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided by: the trips of the mayor and aldermen are decided by the college (GC 6.2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the decision: permission is given before the trip (GC 6.2), not after the departure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict-of-interest test: a trip paid by a third party is always tested for conflicts of interest before the decision (GC 6.4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict-of-interest test: the test comes before the decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes on the decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>integriteit::UnitOfWork</name>
    <message>
        <source>The action was not completed; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database refused to save the change. Nothing was saved; your input is still there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>integriteit::UserDialog</name>
    <message>
        <source>Manages users, roles and settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps the registers of councillors and committee members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps the registers of the mayor and aldermen, and their expense claims.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handles reports of suspected breaches (confidential).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads registers and expense claims; changes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: jjansen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: Jan Jansen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Active: the user can log in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>integriteit::UserService</name>
    <message>
        <source>Unknown user name or wrong password. Check both and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account has been switched off. Ask your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manage users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This user no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password: use at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password: do not begin or end with a space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name: use 2 to 64 letters, digits, dots, hyphens or underscores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name: fill in the user&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles: give the user at least one role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name: &quot;%1&quot; is already in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database already has users; ask an administrator for an account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles: at least one active administrator must remain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current password: this is not your password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>integriteit::UsersModel</name>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switched off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>integriteit::UsersPage</name>
    <message>
        <source>&amp;New user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The people who may log in to this database, and what their roles allow them to do. Accounts are switched off rather than removed, so that the history keeps its names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch &amp;off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch &amp;on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch off the account: the user can no longer log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch on the account: the user can log in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User %1 has been added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The changes have been saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new password has been set for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch off account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch off the account of %1 (%2)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can then no longer log in. The account and its history are kept; you can switch it on again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch on account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account of %1 has been switched on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account of %1 has been switched off.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
