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
    <name>integriteit::AccountDialog</name>
    <message>
        <source>Account for card payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this expense served the municipality (GC 9.11)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a kind of cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind of cost:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Functional &amp;reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proof of payment:</source>
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
    <name>integriteit::AreaChrome</name>
    <message>
        <source>%1 of %2</source>
        <extracomment>&quot;3 of 12 gifts&quot;: the rows the filter shows, of all the area holds</extracomment>
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
        <source>Onboarding as %1 not complete: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n office holder(s) have not confirmed the yearly inventory of side positions %1 yet (GC 3.4).</source>
        <translation>
            <numerusform>%n office holder has not confirmed the yearly inventory of side positions %1 yet (GC 3.4).</numerusform>
            <numerusform>%n office holders have not confirmed the yearly inventory of side positions %1 yet (GC 3.4).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>integriteit::AttentionModel</name>
    <message>
        <source>%1 (overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office holder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What needs to be done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>integriteit::AttentionPage</name>
    <message>
        <source>Nothing needs your attention at the moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click an item or press Enter to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points for attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points for attention (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sorted by due date. Nothing is overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sorted by due date. Overdue: %1, their date shown in red.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>integriteit::CardCommand</name>
    <message>
        <source>Add credit card %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit credit card %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add payment %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment has been accounted for meanwhile and stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be undone.

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be redone.

%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>integriteit::CardDialog</name>
    <message>
        <source>New credit card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit credit card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example ING Corporate Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1234</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the last four digits: the full card number is never kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty while the card is in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the card holder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card &amp;holder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Issuer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last four digits:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Iss&amp;ued on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Withdrawn on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed &amp;kinds of cost:</source>
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
    <message>
        <source>Card holder: choose the office holder who holds the card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued on: this is not a date; write it as 15-01-2026.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn on: this is not a date; write it as 31-12-2026, or leave it empty.</source>
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
    <name>integriteit::CardPaymentsModel</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind of cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to be judged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, paid %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card is not meant for this kind of cost (GC 9.10, 9.12).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid outside the card&apos;s period (before issue or after withdrawal).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card holder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merchant and description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounted for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judgement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice</source>
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
    <name>integriteit::CardsModel</name>
    <message>
        <source>in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kinds of cost this card may be used for (GC 9.10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card holder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card</source>
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
        <source>Allowed kinds of cost</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>integriteit::CardsPage</name>
    <message>
        <source>Only payments not yet accounted for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New card…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit card…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;payment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account for…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Judge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make &amp;invoice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice pai&amp;d…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the invoice letter for the private part as an editable document and a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Credit cards&lt;/b&gt;: the register of municipal credit cards and their payments (code of conduct, articles 9.9-9.15)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Payments&lt;/b&gt; with %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Payments&lt;/b&gt;: register a card first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Payments&lt;/b&gt;: choose a card above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments: %1, all accounted for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet accounted for: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You accounted for this payment, so another official judges it (four eyes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judge the payment as business or private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit card %1 added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment added; account for it with its receipt and reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1 recorded for %2. Make the letter with &quot;Make invoice…&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1 saved as %2 and a PDF beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1 marked as paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the office that keeps the card holder&apos;s claims changes this card and its payments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a payment first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit cards are registered by the clerk&apos;s office or the secretariat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a card first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type in a payment that is not on an imported statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This payment has been judged; its accounting can no longer change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the receipt, the kind of cost and the reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This payment has been judged already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a payment judged private has an invoice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This invoice has been paid.</source>
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
    <name>integriteit::ClaimCommand</name>
    <message>
        <source>Cannot undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be undone.

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be redone.

%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>integriteit::ClaimDetailWidget</name>
    <message>
        <source>Select a claim in the list to see its lines and proofs of payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit claim…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n line(s), total %1</source>
        <translation>
            <numerusform>%n line, total %1</numerusform>
            <numerusform>%n lines, total %1</numerusform>
        </translation>
    </message>
    <message>
        <source>costs from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last step: %1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put before the %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record approval by the %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record rejection by the %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This claim is final: nothing more can be done with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a draft claim of an office holder your office keeps can be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the claim&apos;s office holder and description</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>integriteit::ClaimDialog</name>
    <message>
        <source>New expense claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit expense claim %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example Declaratie %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only what the checker needs to know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Office holder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accounts for advance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 paid %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office holder: choose one from the list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>integriteit::ClaimEditor</name>
    <message>
        <source>New claim %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim %1 created. Add its lines with New line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit claim %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes to claim %1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove the draft claim %1 with its %n line(s) and proofs of payment?</source>
        <translation>
            <numerusform>Remove the draft claim %1 with its %n line and proofs of payment?</numerusform>
            <numerusform>Remove the draft claim %1 with its %n lines and proofs of payment?</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove claim %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim %1 removed. Choose Undo to bring it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line removed. Choose Undo to bring it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach proof of payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proof of payment %1 attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proof of payment saved as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save proof of payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim %1 was submitted. These warnings were recorded for the checker:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>integriteit::ClaimFilterBar</name>
    <message>
        <source>All office holders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With &amp;warnings only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by number, description, name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search expense claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open (not paid or rejected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office &amp;holder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>integriteit::ClaimHistoryView</name>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description or notes changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brought back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line brought back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proof of payment attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proof of payment removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s) recorded</source>
        <translation>
            <numerusform>%n warning recorded</numerusform>
            <numerusform>%n warnings recorded</numerusform>
        </translation>
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
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>integriteit::ClaimLineDialog</name>
    <message>
        <source>Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example 12,50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what was paid, for example train ticket Beek - Maastricht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>why the municipality&apos;s interest was served and the cost follows from the office (GC 8.2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of &amp;expense:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind of cost:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount (€):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Functional reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Proof of payment:</source>
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
        <source>No proof of payment yet. Choose a file, or drop a PDF or a scan on this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of expense: write the date as dd-mm-yyyy, for example 14-10-2026.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount: write the amount in euros, for example 12,50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a creditcard payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>claim %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same file is the proof of payment of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a cost of %2 on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possibly claimed before (GC 9.1): %1. Check that this is not the same cost.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>integriteit::ClaimLinesModel</name>
    <message>
        <source>Attach the proof of payment, or drop the file on this line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of expense</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
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
        <source>Proof of payment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>integriteit::ClaimLinesPanel</name>
    <message>
        <source>New line…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit line…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach proof of payment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a PDF or a scan; you can also drop the file on the line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expense claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a draft claim of an office holder your office keeps can be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lines yet. Choose New line, or drop a receipt on the table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a line to see its proof of payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This line has no proof of payment yet. Drop the file on the line, or choose Attach proof of payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This line has no proof of payment.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>integriteit::ClaimOverviewPage</name>
    <message>
        <source>Approved and paid claim lines by date of expense, and the business part of judged creditcard payments, per office holder and kind of cost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The claims of the college members are public: these are the totals and the list as published, without reasons, receipts or remarks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per office holder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public overview of the college</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year:</source>
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
    <name>integriteit::ClaimsModel</name>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office holder</source>
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
        <source>Period from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s) recorded at submission: see the claim&apos;s Warnings tab.</source>
        <translation>
            <numerusform>%n warning recorded at submission: see the claim&apos;s Warnings tab.</numerusform>
            <numerusform>%n warnings recorded at submission: see the claim&apos;s Warnings tab.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>integriteit::ClaimsPage</name>
    <message>
        <source>&amp;New claim…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a draft entered by mistake (a claim that was ever submitted stays on record)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expense claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New claim for this office holder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The filters were cleared to show the claim.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims are entered by the clerk&apos;s office or the secretariat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No claims match. Choose New claim to enter an office holder&apos;s claim form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No claims match the search and filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a draft claim of an office holder your office keeps can be changed.</source>
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
  integriteit import --db FILE --user NAME --register NAME CSVFILE
                                     a register&apos;s CSV file, all or nothing; problems
                                     name row and column
  integriteit export --db FILE --user NAME --register NAME [--public] [--year YYYY] CSVFILE
                                     a register as CSV (UTF-8, &apos;;&apos;); --public: only the
                                     public fields
                    registers: personen (export only: the numbers for persoon_nr),
                    nevenfuncties, neveninkomsten, financiele-belangen, geschenken,
                    uitnodigingen, dienstreizen, creditcardbetalingen, declaraties and
                    declaraties-totalen (export only, with --year)
  integriteit --version

Passwords are read from INTEGRITEIT_PASSWORD, or asked on the terminal; import and export
also take the user name from INTEGRITEIT_USER.
Exit status 0 on success; otherwise 1 with a one-line message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the public fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: integriteit export --db DATABASE --user NAME --register NAME [--public] [--year YYYY] FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: integriteit import --db DATABASE --user NAME --register NAME FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--register must be one of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--user NAME is required (or set INTEGRITEIT_USER).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--year must be a year, e.g. 2026.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped after %1 problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>nothing was imported from %1: %n problem(s).</source>
        <translation>
            <numerusform>nothing was imported from %1: %n problem.</numerusform>
            <numerusform>nothing was imported from %1: %n problems.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) imported into %1.</source>
        <translation>
            <numerusform>%n record imported into %1.</numerusform>
            <numerusform>%n records imported into %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) exported to %1.</source>
        <translation>
            <numerusform>%n record exported to %1.</numerusform>
            <numerusform>%n records exported to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Side positions: %1, side income: %2, financial interests: %3, gifts: %4, invitations: %5, trips: %6, claims: %7 with %8 lines, card payments: %9.</source>
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
    <name>integriteit::CsvDialog</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export a register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Register:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only &amp;public fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the &amp;year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File: choose the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File: %1 cannot be read (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped after %1 problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: the file has %n problem(s). Correct them in the file and import it again.</source>
        <translation>
            <numerusform>Nothing was imported: the file has %n problem. Correct them in the file and import it again.</numerusform>
            <numerusform>Nothing was imported: the file has %n problems. Correct them in the file and import it again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) imported into %1.</source>
        <translation>
            <numerusform>%n record imported into %1.</numerusform>
            <numerusform>%n records imported into %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>File: %1 cannot be written (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) exported to %1.</source>
        <translation>
            <numerusform>%n record exported to %1.</numerusform>
            <numerusform>%n records exported to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>integriteit::CsvExporter</name>
    <message>
        <source>Year: the %1 are exported per year; choose the year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 register has no public form; the public costs of the college are in the declaraties export.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>integriteit::CsvImporter</name>
    <message>
        <source>The register %1 cannot be imported, only exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no office holder with number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not the name of office holder %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1, column %2 (%3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown column; the columns of %1 are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this column appears twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the column %1 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this row has %1 cells, the header has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this column must be filled in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write dd-mm-yyyy (31-12-2026) or yyyy-mm-dd (2026-12-31).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not ja or nee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount; write e.g. 1.234,56 or 1234.56 (at most two decimals).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>integriteit::CsvReader</name>
    <message>
        <source>The file is not UTF-8 text. Save it as &quot;CSV UTF-8&quot; and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1, column %2: a quote (&quot;) is opened but never closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1, column %2: there is text after the closing quote (&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>integriteit::CsvRegister</name>
    <message>
        <source>Credit card payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the last four digits of the card, e.g. 1234.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no card ending in %1 was in use on %2%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> for office holder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>several cards end in %1; fill in persoon_nr to say whose card it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expense claims of the college (totals)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expense claims of the college</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expense claims cannot be imported: enter them in the window, with their receipts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office holders (numbers for import files)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office holders are added in the window, not from a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side positions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side income</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>side position %1 belongs to office holder %2, not to this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Financial interests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gifts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Official trips</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>integriteit::CsvWriter</name>
    <message>
        <source>The file could not be written: %1</source>
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
    <name>integriteit::DecisionFields</name>
    <message>
        <source>not decided yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisi&amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the decision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes on the decision:</source>
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
    <name>integriteit::EndDateDialog</name>
    <message>
        <source>&amp;End date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End date: enter the date on which it ended.</source>
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
    <name>integriteit::FileCheck</name>
    <message>
        <source>Checking the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file is being checked for damage, once after opening. A large file takes a while; nothing is saved before the check has finished.</source>
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
    <name>integriteit::FinancialInterestDialog</name>
    <message>
        <source>New financial interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit financial interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a company or organisation that does business with the municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>still held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Office holder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Company or organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Acquired on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reported on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ended on:</source>
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
    <message>
        <source>required for other: say what the interest is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example 500 shares, listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acquired on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>integriteit::FinancialInterestRegister</name>
    <message>
        <source>Financial interests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New financial interest…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No financial interests registered yet. Choose New financial interest to add the first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office holder</source>
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
        <source>Company or organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
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
        <source>not reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No date of reporting recorded: the public list must be current (GC 2.3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not reported yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>still held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add financial interest %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Financial interest in %1 added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit financial interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit financial interest %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes to the financial interest in %1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End financial interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On which date did %1 give up the interest in %2 (sold, expired)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End financial interest %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The financial interest in %1 ended on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove financial interest %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Financial interest in %1 removed. Choose Undo to bring it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove financial interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln financial interest(s)</source>
        <translation>
            <numerusform>%Ln financial interest</numerusform>
            <numerusform>%Ln financial interests</numerusform>
        </translation>
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
    <name>integriteit::GiftDialog</name>
    <message>
        <source>Received at the &amp;home address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New gift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit gift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example a bottle of wine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0,00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gifts must not be received at home (GC 5.1.4); if it happens, the seniorenconvent or the college decides (GC 5.1.5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Office holder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Received on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Giver:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>G&amp;ift:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated &amp;value (€):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;ccasion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;ported on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Destination:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the decisio&amp;n:</source>
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
        <source>No&amp;tes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Above the threshold of %1 (%2): the gift must be reported, belongs to the municipality and gets a destination.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not above the threshold of %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the decision</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>integriteit::GiftRegister</name>
    <message>
        <source>to be decided (above %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to be decided (received at home)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not needed (at most %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Above the threshold of %1 (%2): the gift belongs to the municipality and needs a destination.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received at home: the seniorenconvent or the college decides (GC 5.1.5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gifts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New gift…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No gifts registered yet. Choose New gift to add the first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office holder</source>
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
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — this gift is above it: it must be reported and belongs to the municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — this gift is not above it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occasion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received at home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not decided yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add gift %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gift from %1 added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit gift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit gift %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes to the gift from %1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove gift %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gift from %1 removed. Choose Undo to bring it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove gift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Thresholds…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value above which a gift must be reported, per year</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln gift(s)</source>
        <translation>
            <numerusform>%Ln gift</numerusform>
            <numerusform>%Ln gifts</numerusform>
        </translation>
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
    <name>integriteit::GiftThresholdsDialog</name>
    <message>
        <source>&amp;Set amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gift thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A gift above the threshold of the year it was received must be reported and belongs to the municipality. A year without its own amount takes the latest earlier one; before any amount the threshold is € 50,00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>52,50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Threshold (€):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the administrator, the griffie and the secretariat change the thresholds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold: &quot;%1&quot; is not an amount. Write it in euros, for example 52,50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The threshold from %1 is now %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The threshold of %1 was removed; that year takes the latest earlier one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set gift threshold %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove gift threshold %1</source>
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
    <name>integriteit::InventoryConfirmationDialog</name>
    <message>
        <source>Confirmed &amp;as registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;rrected or supplemented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inventory %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what the office holder corrected or added; record the positions themselves under Side positions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Confirmed on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed on: &quot;%1&quot; is not a date. Write it as dd-mm-yyyy, for example 15-10-2026.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>integriteit::InventoryModel</name>
    <message>
        <source>Office holder</source>
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
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>integriteit::InventoryOverviewPdf</name>
    <message>
        <source>Inventory of side positions %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ex officio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>personal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unpaid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipality of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under the code of conduct (GC 3.4) the side positions of every office holder are checked once a year. Below are the side positions registered for you that ran during %1. Please check them, note any correction or missing position, and return this overview signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No side positions are registered for you in %1.</source>
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
        <source>Kind</source>
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
        <source>Corrections and additions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I declare that this overview, with the corrections above, is complete and correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed on %1. Please return to the clerk of the council or the municipal secretary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The overview cannot be saved as &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>integriteit::InventoryPage</name>
    <message>
        <source>Only &amp;not confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record confirmation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print overview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the &amp;selected office holder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For &amp;everybody who has not confirmed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 not confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 office holders, %2 not confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everybody has confirmed the inventory of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody held office in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change confirmation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an office holder first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This office holder is kept by another office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record inventory %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The confirmation of %1 has been recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change inventory %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The confirmation of %1 has been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print overviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everybody has confirmed the inventory of %1: there is nothing to print.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>integriteit::InventoryPrinter</name>
    <message>
        <source>Print overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save overview as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The overview of %1 has been saved as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the overviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the overviews…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print overviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 overviews saved in %3.</source>
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
    <name>integriteit::InvitationDialog</name>
    <message>
        <source>&amp;Functional: part of the office (GC 5.2.1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ccepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prior decision (GC 5.2.2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>who invites and pays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example dinner after the opening of the harbour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>when known, for example 75,00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Office holder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Invitation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated &amp;value:</source>
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
    <message>
        <source>This invitation is kept by another office: you can read it, not change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An excursion or event is discussed beforehand in the seniors&apos; council (council members) or the college (mayor and aldermen); record their decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A lunch, dinner or reception needs no prior decision; record one when the invitation was discussed anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the decision</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>integriteit::InvitationRegister</name>
    <message>
        <source>Invitations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New invitation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No invitations registered yet. Choose New invitation to add the first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An excursion or event is discussed beforehand in the seniors&apos; council or the college (GC 5.2.2); no decision is recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by the %2 on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office holder</source>
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
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Functional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
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
    <message>
        <source>Attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add invitation of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitation of %1 added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit invitation of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes to the invitation of %1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove invitation of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitation of %1 removed. Choose Undo to bring it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln invitation(s)</source>
        <translation>
            <numerusform>%Ln invitation</numerusform>
            <numerusform>%Ln invitations</numerusform>
        </translation>
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
    <name>integriteit::InvoiceFiles</name>
    <message>
        <source>Save invoice %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>integriteit::InvoiceLetter</name>
    <message>
        <source>The letter template is missing from this installation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter template is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Invoice %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipality of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>c/o town hall, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice for private costs paid with the municipal credit card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dear %1,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check of the payments made with your municipal credit card showed that the costs below are for your own account (article 9.15 of the code of conduct). We therefore charge you this amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid by card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For your account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total to pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explanation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please transfer %1 before %2 to account %3 in the name of the municipality of %4, stating invoice number %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you have questions about this invoice, please contact %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yours sincerely,</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>integriteit::InvoiceLetterService</name>
    <message>
        <source>The municipality&apos;s bank account (IBAN) is not in the settings yet, so the invoice cannot say where to pay. Ask the administrator to fill it in under Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clerk of the council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipal secretary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>integriteit::InvoicePaidDialog</name>
    <message>
        <source>Invoice paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paid on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid on: fill in the date the amount was received.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>integriteit::JudgeDialog</name>
    <message>
        <source>&amp;Business: the municipality bears the cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Private, in full or in part: an invoice to the holder (GC 9.15)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judge card payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required for private costs: why they are for the holder&apos;s account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judgement:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private &amp;part (€):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Judged on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judged on: fill in the date of the judgement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private part: write an amount in euros, for example 25,00.</source>
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
    <message>
        <source>Points for attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expense claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim overviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record cannot be shown here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settlement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registers (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the list of this area</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln point(s) for attention</source>
        <translation>
            <numerusform>%Ln point for attention</numerusform>
            <numerusform>%Ln points for attention</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln office holder(s)</source>
        <translation>
            <numerusform>%Ln office holder</numerusform>
            <numerusform>%Ln office holders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s)</source>
        <translation>
            <numerusform>%Ln claim</numerusform>
            <numerusform>%Ln claims</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln credit card(s)</source>
        <translation>
            <numerusform>%Ln credit card</numerusform>
            <numerusform>%Ln credit cards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln user(s)</source>
        <translation>
            <numerusform>%Ln user</numerusform>
            <numerusform>%Ln users</numerusform>
        </translation>
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
    <message>
        <source>P&amp;ostal address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: Postbus 20</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode and &amp;town:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: 6190 AA Beek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bank account (IBAN):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account invoices are paid to</source>
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
    <name>integriteit::OdtFile</name>
    <message>
        <source>The file %1 could not be written. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>integriteit::OdtRenderer</name>
    <message>
        <source>The letter could not be made: its template is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 could not be written. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>integriteit::OverviewTotalsModel</name>
    <message>
        <source>Office holder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creditcard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
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
    <name>integriteit::PaymentDialog</name>
    <message>
        <source>New card payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of the issuer&apos;s statement that lists this payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example NS Reizigers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>24,60</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Statement of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paid on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merchant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount (€):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement of: fill in the date of the statement, for example 31-10-2026.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid on: fill in the date of the payment, for example 14-10-2026.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount: write an amount in euros, for example 24,60.</source>
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
    <name>integriteit::PersonChooser</name>
    <message>
        <source>Type a name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
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
    <name>integriteit::PersonPicker</name>
    <message>
        <source>Type part of the name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>integriteit::PersonRegistersWidget</name>
    <message>
        <source>since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a record to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side positions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ex officio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>personal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GC 3.6 steps missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side income</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>published %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>publication overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Financial interests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gifts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs a decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 from %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Official trips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no permission yet</source>
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
    <name>integriteit::PublicLinesModel</name>
    <message>
        <source>creditcard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office holder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of cost</source>
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
    <name>integriteit::ReceiptField</name>
    <message>
        <source>PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no
receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No proof of payment yet. Choose a PDF or a photo of the receipt, or drop the file here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt: the file %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt: the file is larger than 20 MB; scan it at a lower resolution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the proof of payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipts (*.pdf *.jpg *.jpeg *.png *.gif *.tif *.tiff *.webp *.heic);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>integriteit::ReceiptFile</name>
    <message>
        <source>Receipts (*.pdf *.jpg *.jpeg *.png *.gif *.tif *.tiff *.webp *.heic);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the proof of payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proof of payment: the file %1 cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proof of payment: the file is larger than 20 MB. Scan it at a lower resolution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proof of payment: the file %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save proof of payment as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proof of payment cannot be saved as %1. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>integriteit::ReceiptPreview</name>
    <message>
        <source>Save as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the proof of payment to a file, exactly as it was attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a line to see its proof of payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proof of payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file cannot be shown here. Choose Save as… to open it in another program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save proof of payment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>integriteit::RecordCommand</name>
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
</context>
<context>
    <name>integriteit::RecordDetailWidget</name>
    <message>
        <source>Choose a record in the list to see its details and history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can read this record; it is kept by another office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>integriteit::RecordHistoryView</name>
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
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publication recorded</source>
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
    <name>integriteit::RecordOpener</name>
    <message>
        <source>Open record</source>
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
    <name>integriteit::RegisterDialog</name>
    <message>
        <source>%1: &quot;%2&quot; is not a date. Write it as dd-mm-yyyy, for example 10-03-2022.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an amount. Write it in euros, for example 75 or 1.234,56.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>integriteit::RegisterFilterBar</name>
    <message>
        <source>Only needing &amp;attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by name, organisation, description…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current: running records, or records of office holders now in office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd-mm-yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period until</source>
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
        <source>Period from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All party groups</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>integriteit::RegisterKind</name>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>integriteit::RegisterPage</name>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;nd…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the date on which the selected record ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a record entered by mistake (Undo brings it back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The filters were cleared to show the record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No records match the search.</source>
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
    <message>
        <source>Postal address: at most 100 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode and town: at most 100 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank account: this is not a valid IBAN; check the number, for example NL61 BNGH 0285 0000 00.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>integriteit::SettlementDecisionDialog</name>
    <message>
        <source>&amp;Nothing to settle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settlement %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free part:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal income:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To settle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ex officio income (paid to the municipality):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing can be computed until the salary for %1 is set under Parameters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example 1.234,56</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reference or summary of the college decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date of the decision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount settled:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;cision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the decision: &quot;%1&quot; is not a date. Write it as dd-mm-yyyy, for example 10-03-2026.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount settled: &quot;%1&quot; is not an amount. Write it as 1.234,56.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>integriteit::SettlementModel</name>
    <message>
        <source>Office holder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal income</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ex officio income</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To settle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>College decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to settle (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 settled (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pro rata: %1 of %2 days in office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>salary not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not decided yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>integriteit::SettlementPage</name>
    <message>
        <source>&amp;Parameters…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record decision…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No full-time alderman or mayor outside the transitional arrangement in this year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Income of positions held ex officio is paid to the municipality in full; personal income above the free part is settled against the salary at the rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settlement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salary of an alderman %1, of the mayor %2; free part %3, rate %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the salaries, free part and rate of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the administrator and the secretariat may change the parameters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change decision…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an office holder first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secretariat records the college&apos;s decisions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change settlement parameters %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settlement parameters of %1 have been saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record settlement %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settlement decision on %1 has been recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change settlement %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settlement decision on %1 has been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move decision…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No decision has been recorded for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a decision entered by mistake (Undo brings it back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the settlement decision on %1 of %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only for a decision entered by mistake. The removal is recorded in the history; Undo brings the decision back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove settlement %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settlement decision on %1 has been removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>integriteit::SettlementParametersDialog</name>
    <message>
        <source>for example 123.456,78</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settlement parameters %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The yearly salary of a full-time office holder, holiday allowance included, as set by the Rechtspositiebesluit for this municipality. Side income above the free part of the salary is settled at the rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty when it is not known yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salary of an &amp;alderman:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salary of the &amp;mayor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Free part:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settlement &amp;rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the administrator and the secretariat may change these parameters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an amount. Write it as 123.456,78.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salary of an alderman</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salary of the mayor</source>
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
    <name>integriteit::SideIncomeDialog</name>
    <message>
        <source>New income</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit income</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Income from the side position &lt;b&gt;%1&lt;/b&gt; at &lt;b&gt;%2&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1.250,00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full-time wethouders and the burgemeester publish the income of a year before 1 April of the next year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount (€):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Published on:</source>
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
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>integriteit::SideIncomePanel</name>
    <message>
        <source>Income per year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the income of a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not published by 1 April %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full-time wethouders and the burgemeester publish the income of %1 before 1 April %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to be published before 1 April %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This position is unpaid: there is no income to record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New income</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add income %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit income</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit income %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove income %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove income</source>
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
    <name>integriteit::SidePositionDialog</name>
    <message>
        <source>&amp;Personal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;x officio (q.q.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;aid (remunerated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New side position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit side position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example Stichting Welzijn Beek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example member of the supervisory board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held by virtue of the office (uit hoofde van het ambt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>still running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a wethouder or the burgemeester the intention to accept a personal position is reported to the council and discussed in the college beforehand (GC 3.6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Office holder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;rganisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Po&amp;sition:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tart:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rep&amp;orted on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported to the &amp;council:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discussed in the co&amp;llege:</source>
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
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported on</source>
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
</context>
<context>
    <name>integriteit::SidePositionRegister</name>
    <message>
        <source>Ex officio (q.q.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side positions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New side position…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No side positions registered yet. Choose New side position to add the first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal position of a wethouder or the burgemeester: the dates on which it was reported to the council and discussed in the college are missing (GC 3.6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office holder</source>
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
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
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
        <source>Attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GC 3.6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>still running</source>
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
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add side position %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side position at %1 added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit side position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit side position %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes to the side position at %1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End side position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On which date did %1 end the position at %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End side position %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The side position at %1 ends on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove side position %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side position at %1 removed. Choose Undo to bring it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove side position</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln side position(s)</source>
        <translation>
            <numerusform>%Ln side position</numerusform>
            <numerusform>%Ln side positions</numerusform>
        </translation>
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
    <name>integriteit::TransitionDialog</name>
    <message>
        <source>The claim goes to the checker and can no longer be changed. Warnings about late costs (GC 9.4), probable duplicates (GC 9.1) and open advances are recorded for the checker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The claim goes back to draft so that it can be corrected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have checked the lines, the proofs of payment and the functional reasons (GC 9.5). Another official approves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The claim is approved for payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The claim is rejected. This is final.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In case of doubt the claim is put before the mayor (GC 9.6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The claim is put before the %1 for a decision (GC 9.6-9.8).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The doubt is resolved: the claim goes back to the office for the normal approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The approved claim has been paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that the %1 approved the claim.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that the %1 rejected the claim.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decision of the %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Doubt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;How resolved:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the &amp;decision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date &amp;paid:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date: write the date as dd-mm-yyyy.</source>
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
    <name>integriteit::TripDialog</name>
    <message>
        <source>New official trip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Official trip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permission beforehand (GC 6.2)</source>
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
    <message>
        <source>This trip is kept by another office: you can read it, not change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>city and country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>why the trip serves the municipality&apos;s policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>who travel, in which capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Office holder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Destination:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departure and return:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polic&amp;y reasons:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part&amp;y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example 1.250,00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after the return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the organisation that pays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outcome of the test for conflicts of interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Es&amp;timated costs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Act&amp;ual costs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid b&amp;y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Third part&amp;y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict-of-interest &amp;test on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome of the test:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company and extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The partner travels at municipal cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on the host&apos;s invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the municipal interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at their own cost (GC 6.6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days added for private purposes, at own cost (GC 6.7).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner (GC 6.5):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;hird persons:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private e&amp;xtension:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 night</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 nights</source>
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
        <source>Estimated costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict-of-interest test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the decision</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>integriteit::TripRegister</name>
    <message>
        <source>The trip needs permission before departure (GC 6.2); none is recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A trip paid by a third party is tested for conflicts of interest before the decision (GC 6.4); no test is recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Official trips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New official trip…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No official trips registered yet. Choose New official trip to add the first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office holder</source>
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
        <source>Departure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return</source>
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
        <source>Estimated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not travel at municipal cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>travels: invited by the host %1, municipal interest %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departure and return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2 (%3 nights)</source>
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
        <source>Estimated costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict-of-interest test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Third persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by the %2 on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
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
    <message>
        <source>Attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Third party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner travels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner invited by the host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner in the municipal interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private extension (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome of the test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add trip to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trip of %1 to %2 added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit official trip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit trip to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes to the trip to %1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove trip to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trip to %1 removed. Choose Undo to bring it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove official trip</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln official trip(s)</source>
        <translation>
            <numerusform>%Ln official trip</numerusform>
            <numerusform>%Ln official trips</numerusform>
        </translation>
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
<context>
    <name>integriteit::ZipWriter</name>
    <message>
        <source>The file %1 could not be written. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
