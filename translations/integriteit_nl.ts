<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>integriteit::AboutBox</name>
    <message>
        <source>Integrity registers of political office holders, for the clerk&apos;s office and the secretariat of a municipality.</source>
        <translation>Integriteitsregisters van politieke ambtsdragers, voor de griffie en de secretarie van een gemeente.</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Database:</translation>
    </message>
    <message>
        <source>Schema version:</source>
        <translation>Schemaversie:</translation>
    </message>
    <message>
        <source>Logged in as:</source>
        <translation>Ingelogd als:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>Rollen:</translation>
    </message>
    <message>
        <source>About Integriteit</source>
        <translation>Over Integriteit</translation>
    </message>
</context>
<context>
    <name>integriteit::AccountDialog</name>
    <message>
        <source>Account for card payment</source>
        <translation>Kaartbetaling verantwoorden</translation>
    </message>
    <message>
        <source>Why this expense served the municipality (GC 9.11)</source>
        <translation>Waarom deze uitgave het gemeentelijk belang diende (GC 9.11)</translation>
    </message>
    <message>
        <source>Choose a kind of cost</source>
        <translation>Kies een kostensoort</translation>
    </message>
    <message>
        <source>%1 at %2: %3</source>
        <translation>%1 bij %2: %3</translation>
    </message>
    <message>
        <source>Payment:</source>
        <translation>Betaling:</translation>
    </message>
    <message>
        <source>&amp;Kind of cost:</source>
        <translation>&amp;Soort kosten:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Omschrijving:</translation>
    </message>
    <message>
        <source>Functional &amp;reason:</source>
        <translation>Functionele &amp;reden:</translation>
    </message>
    <message>
        <source>Proof of payment:</source>
        <translation>Betaalbewijs:</translation>
    </message>
</context>
<context>
    <name>integriteit::AccountLinks</name>
    <message>
        <source>see which office holder an account belongs to</source>
        <translation>zien bij welke ambtsdrager een account hoort</translation>
    </message>
    <message>
        <source>link accounts to office holders</source>
        <translation>accounts aan ambtsdragers koppelen</translation>
    </message>
    <message>
        <source>This account no longer exists.</source>
        <translation>Dit account bestaat niet meer.</translation>
    </message>
    <message>
        <source>Office holder: this person no longer exists.</source>
        <translation>Ambtsdrager: deze persoon bestaat niet meer.</translation>
    </message>
</context>
<context>
    <name>integriteit::AdministratorPage</name>
    <message>
        <source>Administrator</source>
        <translation>Beheerder</translation>
    </message>
    <message>
        <source>The first user account. The administrator manages users, roles and settings and can give colleagues their own accounts later.</source>
        <translation>Het eerste gebruikersaccount. De beheerder beheert gebruikers, rollen en instellingen en kan collega&apos;s later een eigen account geven.</translation>
    </message>
    <message>
        <source>For example: jjansen</source>
        <translation>Bijvoorbeeld: jjansen</translation>
    </message>
    <message>
        <source>For example: Jan Jansen</source>
        <translation>Bijvoorbeeld: Jan Jansen</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Gebruikersnaam:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>V&amp;olledige naam:</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
</context>
<context>
    <name>integriteit::AdvanceService</name>
    <message>
        <source>This advance no longer exists.</source>
        <translation>Dit voorschot bestaat niet meer.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <source>Amount: fill in the amount of the advance.</source>
        <translation>Bedrag: vul het bedrag van het voorschot in.</translation>
    </message>
    <message>
        <source>Date paid</source>
        <translation>Betaaldatum</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>This advance already exists.</source>
        <translation>Dit voorschot bestaat al.</translation>
    </message>
    <message>
        <source>This advance is accounted for by a claim and can no longer be changed.</source>
        <translation>Dit voorschot wordt verantwoord in een declaratie en kan niet meer worden gewijzigd.</translation>
    </message>
    <message>
        <source>This advance is accounted for by a claim and stays on record.</source>
        <translation>Dit voorschot wordt verantwoord in een declaratie en blijft vastgelegd.</translation>
    </message>
</context>
<context>
    <name>integriteit::AppController</name>
    <message>
        <source>No database to open: give the database file as an argument.</source>
        <translation>Geen database om te openen: geef het databasebestand op als argument.</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Database kan niet worden geopend</translation>
    </message>
    <message>
        <source>Set INTEGRITEIT_USER and INTEGRITEIT_PASSWORD to log in.</source>
        <translation>Stel INTEGRITEIT_USER en INTEGRITEIT_PASSWORD in om in te loggen.</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Database openen</translation>
    </message>
    <message>
        <source>Integriteit databases (*.sqlite *.db);;All files (*)</source>
        <translation>Integriteit-databases (*.sqlite *.db);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>The screenshot %1 cannot be written.</source>
        <translation>De schermafbeelding %1 kan niet worden opgeslagen.</translation>
    </message>
</context>
<context>
    <name>integriteit::AppointmentDialog</name>
    <message>
        <source>New appointment for %1</source>
        <translation>Nieuwe benoeming van %1</translation>
    </message>
    <message>
        <source>Edit appointment of %1</source>
        <translation>Benoeming van %1 wijzigen</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Benoeming</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Functie:</translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation>&amp;Orgaan:</translation>
    </message>
    <message>
        <source>choose or type the party group</source>
        <translation>kies of typ de fractie</translation>
    </message>
    <message>
        <source>&amp;Party group:</source>
        <translation>Fr&amp;actie:</translation>
    </message>
    <message>
        <source>The date of installation.</source>
        <translation>De datum van installatie.</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Begindatum:</translation>
    </message>
    <message>
        <source>Leave empty while the appointment lasts.</source>
        <translation>Leeg laten zolang de benoeming loopt.</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>&amp;Einddatum:</translation>
    </message>
    <message>
        <source>for example end of term, resignation</source>
        <translation>bijvoorbeeld einde zittingsperiode, ontslag</translation>
    </message>
    <message>
        <source>End of term</source>
        <translation>Einde zittingsperiode</translation>
    </message>
    <message>
        <source>Resignation</source>
        <translation>Ontslag op eigen verzoek</translation>
    </message>
    <message>
        <source>Appointed elsewhere</source>
        <translation>Elders benoemd</translation>
    </message>
    <message>
        <source>Death</source>
        <translation>Overlijden</translation>
    </message>
    <message>
        <source>Reason for &amp;leaving:</source>
        <translation>&amp;Reden van vertrek:</translation>
    </message>
    <message>
        <source> %</source>
        <translation>%</translation>
    </message>
    <message>
        <source>100% is full-time.</source>
        <translation>100% is voltijds.</translation>
    </message>
    <message>
        <source>Part-&amp;time factor:</source>
        <translation>&amp;Deeltijdfactor:</translation>
    </message>
    <message>
        <source>&amp;Deputy chair of the council</source>
        <translation>&amp;Plaatsvervangend voorzitter van de raad</translation>
    </message>
    <message>
        <source>&amp;Group leader</source>
        <translation>Fractie&amp;voorzitter</translation>
    </message>
    <message>
        <source>Functions:</source>
        <translation>Bijzonderheden:</translation>
    </message>
    <message>
        <source>Tra&amp;nsitional arrangement for settlement</source>
        <translation>Over&amp;gangsrecht verrekening</translation>
    </message>
    <message>
        <source>In the same office at the same body since before 10 March 2010: side income is then not settled against the salary.</source>
        <translation>Sinds vóór 10 maart 2010 in hetzelfde ambt bij hetzelfde orgaan: neveninkomsten worden dan niet met de bezoldiging verrekend.</translation>
    </message>
    <message>
        <source>Onboarding checklist</source>
        <translation>Checklist bij aantreden</translation>
    </message>
    <message>
        <source>&amp;Oath or affirmation:</source>
        <translation>Eed of be&amp;lofte:</translation>
    </message>
    <message>
        <source>&amp;Code of conduct received:</source>
        <translation>Gedragscode o&amp;ntvangen:</translation>
    </message>
    <message>
        <source>Protocol rece&amp;ived:</source>
        <translation>Pro&amp;tocol ontvangen:</translation>
    </message>
    <message>
        <source>Certificate of conduct (VOG) or risk analysis before the appointment.</source>
        <translation>Verklaring omtrent het gedrag (VOG) of risicoanalyse voorafgaand aan de benoeming.</translation>
    </message>
    <message>
        <source>Certificate / risk &amp;analysis:</source>
        <translation>VOG / r&amp;isicoanalyse:</translation>
    </message>
    <message>
        <source>outcome or file reference</source>
        <translation>uitkomst of dossierkenmerk</translation>
    </message>
    <message>
        <source>Re&amp;ference:</source>
        <translation>&amp;Kenmerk:</translation>
    </message>
    <message>
        <source>Leave a date empty while the item is still open.</source>
        <translation>Laat een datum leeg zolang het punt nog openstaat.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Begindatum</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Einddatum</translation>
    </message>
    <message>
        <source>Oath or affirmation</source>
        <translation>Eed of belofte</translation>
    </message>
    <message>
        <source>Code of conduct received</source>
        <translation>Gedragscode ontvangen</translation>
    </message>
    <message>
        <source>Protocol received</source>
        <translation>Protocol ontvangen</translation>
    </message>
    <message>
        <source>Certificate of conduct / risk analysis</source>
        <translation>VOG / risicoanalyse</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a date. Write it as dd-mm-yyyy, for example 10-03-2022.</source>
        <translation>%1: &quot;%2&quot; is geen datum. Schrijf de datum als dd-mm-jjjj, bijvoorbeeld 10-03-2022.</translation>
    </message>
</context>
<context>
    <name>integriteit::AppointmentsPanel</name>
    <message>
        <source>full-time</source>
        <translation>voltijds</translation>
    </message>
    <message>
        <source>part-time %1%</source>
        <translation>deeltijds %1%</translation>
    </message>
    <message>
        <source>deputy chair</source>
        <translation>plv. voorzitter</translation>
    </message>
    <message>
        <source>group leader</source>
        <translation>fractievoorzitter</translation>
    </message>
    <message>
        <source>No appointments yet. Choose New appointment… to record one.</source>
        <translation>Nog geen benoemingen. Kies Nieuwe benoeming… om er een vast te leggen.</translation>
    </message>
    <message>
        <source>Edit appointment…</source>
        <translation>Benoeming wijzigen…</translation>
    </message>
    <message>
        <source>Remove appointment</source>
        <translation>Benoeming verwijderen</translation>
    </message>
    <message>
        <source>Onboarding checklist</source>
        <translation>Checklist bij aantreden</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Functie</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Orgaan</translation>
    </message>
    <message>
        <source>Party group</source>
        <translation>Fractie</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Sinds</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Tot</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>Functions</source>
        <translation>Bijzonderheden</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>compleet</translation>
    </message>
    <message>
        <source>%1 open</source>
        <translation>%1 open</translation>
    </message>
    <message>
        <source>Every item of the onboarding checklist has a date.</source>
        <translation>Elk punt van de checklist bij aantreden heeft een datum.</translation>
    </message>
    <message>
        <source>Still open: %1</source>
        <translation>Nog open: %1</translation>
    </message>
    <message>
        <source>Appointments as %1 are kept by the %2.</source>
        <translation>Benoemingen als %1 worden bijgehouden door de %2.</translation>
    </message>
    <message>
        <source>Onboarding checklist: %1 since %2</source>
        <translation>Checklist bij aantreden: %1 sinds %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>niet vastgelegd</translation>
    </message>
    <message>
        <source>Oath or affirmation:</source>
        <translation>Eed of belofte:</translation>
    </message>
    <message>
        <source>Code of conduct received:</source>
        <translation>Gedragscode ontvangen:</translation>
    </message>
    <message>
        <source>Protocol received:</source>
        <translation>Protocol ontvangen:</translation>
    </message>
    <message>
        <source>Certificate of conduct / risk analysis:</source>
        <translation>VOG / risicoanalyse:</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>In the same office at the same body since before 10 March 2010.</source>
        <translation>Sinds vóór 10 maart 2010 in hetzelfde ambt bij hetzelfde orgaan.</translation>
    </message>
    <message>
        <source>Transitional arrangement:</source>
        <translation>Overgangsrecht:</translation>
    </message>
    <message>
        <source>Reason for leaving:</source>
        <translation>Reden van vertrek:</translation>
    </message>
</context>
<context>
    <name>integriteit::AreaChrome</name>
    <message>
        <source>%1 of %2</source>
        <extracomment>&quot;3 of 12 gifts&quot;: the rows the filter shows, of all the area holds</extracomment>
        <translation>%1 van %2</translation>
    </message>
</context>
<context>
    <name>integriteit::AttentionList</name>
    <message>
        <source>Personal side position at %1: record when it was reported to the council and discussed in the college (GC 3.6).</source>
        <translation>Persoonlijke nevenfunctie bij %1: leg vast wanneer die aan de raad is gemeld en in het college is besproken (GC 3.6).</translation>
    </message>
    <message>
        <source>Gift &quot;%1&quot; from %2 is above the threshold and has no destination yet (GC 5.1.1).</source>
        <translation>Geschenk &quot;%1&quot; van %2 ligt boven de drempel en heeft nog geen bestemming (GC 5.1.1).</translation>
    </message>
    <message>
        <source>Gift &quot;%1&quot; from %2 was received at home: the seniors&apos; council or the college decides on its destination (GC 5.1.5).</source>
        <translation>Geschenk &quot;%1&quot; van %2 is op het huisadres ontvangen: het seniorenconvent of het college besluit over de bestemming (GC 5.1.5).</translation>
    </message>
    <message>
        <source>Invitation &quot;%1&quot; from %2 needs a decision beforehand (GC 5.2.2).</source>
        <translation>Uitnodiging &quot;%1&quot; van %2 vraagt vooraf een besluit (GC 5.2.2).</translation>
    </message>
    <message>
        <source>Trip to %1 needs permission before departure (GC 6.2).</source>
        <translation>Dienstreis naar %1 heeft vóór vertrek toestemming nodig (GC 6.2).</translation>
    </message>
    <message>
        <source>Trip to %1 is paid by a third party: record the conflict-of-interest test and the permission before departure (GC 6.2, 6.4).</source>
        <translation>Dienstreis naar %1 wordt door een derde betaald: leg vóór vertrek de toets op belangenverstrengeling en de toestemming vast (GC 6.2, 6.4).</translation>
    </message>
    <message>
        <source>Income %1 from %2 is not published yet; it is due before 1 April %3.</source>
        <translation>Neveninkomsten %1 uit %2 zijn nog niet openbaar gemaakt; dat moet vóór 1 april %3.</translation>
    </message>
    <message>
        <source>The college has not yet decided on the settlement of side income %1.</source>
        <translation>Het college heeft nog niet besloten over de verrekening van de neveninkomsten %1.</translation>
    </message>
    <message>
        <source>Onboarding as %1 not complete: %2.</source>
        <translation>Installatie als %1 niet compleet: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n office holder(s) have not confirmed the yearly inventory of side positions %1 yet (GC 3.4).</source>
        <translation>
            <numerusform>%n ambtsdrager heeft de jaarlijkse inventarisatie van nevenfuncties %1 nog niet bevestigd (GC 3.4).</numerusform>
            <numerusform>%n ambtsdragers hebben de jaarlijkse inventarisatie van nevenfuncties %1 nog niet bevestigd (GC 3.4).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>integriteit::AttentionModel</name>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (te laat)</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Uiterlijk</translation>
    </message>
    <message>
        <source>Office holder</source>
        <translation>Ambtsdrager</translation>
    </message>
    <message>
        <source>What needs to be done</source>
        <translation>Wat er moet gebeuren</translation>
    </message>
</context>
<context>
    <name>integriteit::AttentionPage</name>
    <message>
        <source>Nothing needs your attention at the moment.</source>
        <translation>Er zijn op dit moment geen aandachtspunten.</translation>
    </message>
    <message>
        <source>Double-click an item or press Enter to open it.</source>
        <translation>Dubbelklik op een punt of druk op Enter om het te openen.</translation>
    </message>
    <message>
        <source>Points for attention</source>
        <translation>Aandachtspunten</translation>
    </message>
    <message>
        <source>Points for attention (%1)</source>
        <translation>Aandachtspunten (%1)</translation>
    </message>
    <message>
        <source>Sorted by due date. Nothing is overdue.</source>
        <translation>Gesorteerd op uiterste datum. Niets is te laat.</translation>
    </message>
    <message>
        <source>Sorted by due date. Overdue: %1, their date shown in red.</source>
        <translation>Gesorteerd op uiterste datum. Te laat: %1, met de datum in rood.</translation>
    </message>
</context>
<context>
    <name>integriteit::CardCommand</name>
    <message>
        <source>Add credit card %1</source>
        <translation>Creditcard %1 toevoegen</translation>
    </message>
    <message>
        <source>Edit credit card %1</source>
        <translation>Creditcard %1 wijzigen</translation>
    </message>
    <message>
        <source>Add payment %1 of %2</source>
        <translation>Betaling %1 van %2 toevoegen</translation>
    </message>
    <message>
        <source>The payment has been accounted for meanwhile and stays.</source>
        <translation>De betaling is inmiddels verantwoord en blijft staan.</translation>
    </message>
    <message>
        <source>Cannot undo</source>
        <translation>Ongedaan maken lukt niet</translation>
    </message>
    <message>
        <source>Cannot redo</source>
        <translation>Opnieuw uitvoeren lukt niet</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be undone.

%2</source>
        <translation>&quot;%1&quot; kan niet ongedaan worden gemaakt.

%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be redone.

%2</source>
        <translation>&quot;%1&quot; kan niet opnieuw worden uitgevoerd.

%2</translation>
    </message>
</context>
<context>
    <name>integriteit::CardDialog</name>
    <message>
        <source>New credit card</source>
        <translation>Nieuwe creditcard</translation>
    </message>
    <message>
        <source>Edit credit card</source>
        <translation>Creditcard wijzigen</translation>
    </message>
    <message>
        <source>for example ING Corporate Card</source>
        <translation>bijvoorbeeld ING Corporate Card</translation>
    </message>
    <message>
        <source>1234</source>
        <translation>1234</translation>
    </message>
    <message>
        <source>Only the last four digits: the full card number is never kept</source>
        <translation>Alleen de laatste vier cijfers: het volledige kaartnummer wordt nooit bewaard</translation>
    </message>
    <message>
        <source>Leave empty while the card is in use</source>
        <translation>Leeg laten zolang de kaart in gebruik is</translation>
    </message>
    <message>
        <source>Choose the card holder</source>
        <translation>Kies de kaarthouder</translation>
    </message>
    <message>
        <source>Card &amp;holder:</source>
        <translation>Kaart&amp;houder:</translation>
    </message>
    <message>
        <source>&amp;Issuer:</source>
        <translation>&amp;Uitgever:</translation>
    </message>
    <message>
        <source>&amp;Last four digits:</source>
        <translation>&amp;Laatste vier cijfers:</translation>
    </message>
    <message>
        <source>Iss&amp;ued on:</source>
        <translation>Uitgege&amp;ven op:</translation>
    </message>
    <message>
        <source>&amp;Withdrawn on:</source>
        <translation>&amp;Ingetrokken op:</translation>
    </message>
    <message>
        <source>Allowed &amp;kinds of cost:</source>
        <translation>Toegestane &amp;kostensoorten:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notities:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Card holder: choose the office holder who holds the card.</source>
        <translation>Kaarthouder: kies de ambtsdrager die de kaart heeft.</translation>
    </message>
    <message>
        <source>Issued on: this is not a date; write it as 15-01-2026.</source>
        <translation>Uitgegeven op: dit is geen datum; schrijf hem als 15-01-2026.</translation>
    </message>
    <message>
        <source>Withdrawn on: this is not a date; write it as 31-12-2026, or leave it empty.</source>
        <translation>Ingetrokken op: dit is geen datum; schrijf hem als 31-12-2026, of laat het veld leeg.</translation>
    </message>
</context>
<context>
    <name>integriteit::CardPaymentService</name>
    <message>
        <source>This card payment no longer exists.</source>
        <translation>Deze creditcardbetaling bestaat niet meer.</translation>
    </message>
    <message>
        <source>This payment has already been judged as &quot;%1&quot;; its accounting no longer changes.</source>
        <translation>Deze betaling is al beoordeeld als &quot;%1&quot;; de verantwoording verandert niet meer.</translation>
    </message>
    <message>
        <source>This payment has no proof of payment.</source>
        <translation>Bij deze betaling zit geen betalingsbewijs.</translation>
    </message>
    <message>
        <source>Kind of cost: choose one of the list.</source>
        <translation>Kostensoort: kies er een uit de lijst.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>Functional reason</source>
        <translation>Functionele reden</translation>
    </message>
    <message>
        <source>Four eyes: you accounted for this payment, so another official judges it.</source>
        <translation>Vier ogen: u hebt deze betaling verantwoord, dus een andere medewerker beoordeelt haar.</translation>
    </message>
    <message>
        <source>Date of judgement</source>
        <translation>Datum van beoordeling</translation>
    </message>
    <message>
        <source>Payment date</source>
        <translation>Betaaldatum</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Toelichting</translation>
    </message>
    <message>
        <source>Kind of cost: account for the payment first.</source>
        <translation>Kostensoort: verantwoord de betaling eerst.</translation>
    </message>
    <message>
        <source>Functional reason: account for the payment first (GC 9.11).</source>
        <translation>Functionele reden: verantwoord de betaling eerst (GC 9.11).</translation>
    </message>
    <message>
        <source>Receipt: attach the proof of payment first (GC 9.11).</source>
        <translation>Betalingsbewijs: voeg eerst het betalingsbewijs toe (GC 9.11).</translation>
    </message>
    <message>
        <source>Private part: between %1 and the amount paid, %2.</source>
        <translation>Privédeel: tussen %1 en het betaalde bedrag, %2.</translation>
    </message>
    <message>
        <source>This invoice no longer exists.</source>
        <translation>Deze factuur bestaat niet meer.</translation>
    </message>
    <message>
        <source>Invoice %1 was already paid on %2.</source>
        <translation>Factuur %1 is al betaald op %2.</translation>
    </message>
    <message>
        <source>Date paid</source>
        <translation>Betaaldatum</translation>
    </message>
    <message>
        <source>Invoice date</source>
        <translation>Factuurdatum</translation>
    </message>
</context>
<context>
    <name>integriteit::CardPaymentsModel</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>kind of cost</source>
        <translation>kostensoort</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>reden</translation>
    </message>
    <message>
        <source>receipt</source>
        <translation>betaalbewijs</translation>
    </message>
    <message>
        <source>Not yet: %1</source>
        <translation>Nog niet: %1</translation>
    </message>
    <message>
        <source>to be judged</source>
        <translation>te beoordelen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, paid %2</source>
        <translation>%1, betaald %2</translation>
    </message>
    <message>
        <source>%1, open</source>
        <translation>%1, open</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The card is not meant for this kind of cost (GC 9.10, 9.12).</source>
        <translation>De kaart is niet bedoeld voor deze kostensoort (GC 9.10, 9.12).</translation>
    </message>
    <message>
        <source>Paid outside the card&apos;s period (before issue or after withdrawal).</source>
        <translation>Betaald buiten de looptijd van de kaart (vóór uitgifte of na intrekking).</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Card holder</source>
        <translation>Kaarthouder</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Kaart</translation>
    </message>
    <message>
        <source>Merchant and description</source>
        <translation>Winkel en omschrijving</translation>
    </message>
    <message>
        <source>Kind of cost</source>
        <translation>Soort kosten</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <source>Accounted for</source>
        <translation>Verantwoord</translation>
    </message>
    <message>
        <source>Judgement</source>
        <translation>Oordeel</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Factuur</translation>
    </message>
</context>
<context>
    <name>integriteit::CardValidator</name>
    <message>
        <source>%1: this looks like a full card number. Keep only the last four digits of a card.</source>
        <translation>%1: dit lijkt een volledig kaartnummer. Leg van een kaart alleen de laatste vier cijfers vast.</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Uitgever</translation>
    </message>
    <message>
        <source>Last four digits: fill in exactly the last four digits of the card number.</source>
        <translation>Laatste vier cijfers: vul precies de laatste vier cijfers van het kaartnummer in.</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Verstrekt</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Ingetrokken</translation>
    </message>
    <message>
        <source>Issue date</source>
        <translation>Datum van verstrekking</translation>
    </message>
    <message>
        <source>Allowed kinds of cost: choose at least one kind of cost the card may be used for (GC 9.10).</source>
        <translation>Toegestane kostensoorten: kies ten minste één kostensoort waarvoor de kaart gebruikt mag worden (GC 9.10).</translation>
    </message>
    <message>
        <source>Allowed kinds of cost: &quot;%1&quot; is not a kind of cost.</source>
        <translation>Toegestane kostensoorten: &quot;%1&quot; is geen kostensoort.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Statement date</source>
        <translation>Datum afschrift</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Kenmerk</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Date: the payment lies after the date of the statement.</source>
        <translation>Datum: de betaling ligt na de datum van het afschrift.</translation>
    </message>
    <message>
        <source>Merchant</source>
        <translation>Ontvanger</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <source>Amount: a payment is more than zero; a refund is noted with the payment it refunds.</source>
        <translation>Bedrag: een betaling is meer dan nul; een terugbetaling wordt genoteerd bij de betaling die wordt terugbetaald.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
</context>
<context>
    <name>integriteit::CardsModel</name>
    <message>
        <source>in use</source>
        <translation>in gebruik</translation>
    </message>
    <message>
        <source>The kinds of cost this card may be used for (GC 9.10)</source>
        <translation>De kostensoorten waarvoor deze kaart gebruikt mag worden (GC 9.10)</translation>
    </message>
    <message>
        <source>Card holder</source>
        <translation>Kaarthouder</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Kaart</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Verstrekt</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Ingetrokken</translation>
    </message>
    <message>
        <source>Allowed kinds of cost</source>
        <translation>Toegestane kostensoorten</translation>
    </message>
</context>
<context>
    <name>integriteit::CardsPage</name>
    <message>
        <source>Only payments not yet accounted for</source>
        <translation>Alleen betalingen die nog niet verantwoord zijn</translation>
    </message>
    <message>
        <source>&amp;New card…</source>
        <translation>&amp;Nieuwe kaart…</translation>
    </message>
    <message>
        <source>&amp;Edit card…</source>
        <translation>Kaart &amp;wijzigen…</translation>
    </message>
    <message>
        <source>New &amp;payment…</source>
        <translation>Nieuwe &amp;betaling…</translation>
    </message>
    <message>
        <source>&amp;Account for…</source>
        <translation>&amp;Verantwoorden…</translation>
    </message>
    <message>
        <source>&amp;Judge…</source>
        <translation>Beoo&amp;rdelen…</translation>
    </message>
    <message>
        <source>Make &amp;invoice…</source>
        <translation>&amp;Factuur maken…</translation>
    </message>
    <message>
        <source>Invoice pai&amp;d…</source>
        <translation>Factuur be&amp;taald…</translation>
    </message>
    <message>
        <source>Write the invoice letter for the private part as an editable document and a PDF</source>
        <translation>De factuurbrief voor het privédeel maken als bewerkbaar document en als PDF</translation>
    </message>
    <message>
        <source>&lt;b&gt;Credit cards&lt;/b&gt;: the register of municipal credit cards and their payments (code of conduct, articles 9.9-9.15)</source>
        <translation>&lt;b&gt;Creditcards&lt;/b&gt;: het register van de creditcards van de gemeente en hun betalingen (gedragscode, artikelen 9.9-9.15)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Payments&lt;/b&gt; with %1 of %2</source>
        <translation>&lt;b&gt;Betalingen&lt;/b&gt; met %1 van %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Payments&lt;/b&gt;: register a card first</source>
        <translation>&lt;b&gt;Betalingen&lt;/b&gt;: registreer eerst een kaart</translation>
    </message>
    <message>
        <source>&lt;b&gt;Payments&lt;/b&gt;: choose a card above</source>
        <translation>&lt;b&gt;Betalingen&lt;/b&gt;: kies hierboven een kaart</translation>
    </message>
    <message>
        <source>Payments: %1, all accounted for</source>
        <translation>Betalingen: %1, alle verantwoord</translation>
    </message>
    <message>
        <source>Not yet accounted for: %1 of %2</source>
        <translation>Nog niet verantwoord: %1 van %2</translation>
    </message>
    <message>
        <source>You accounted for this payment, so another official judges it (four eyes).</source>
        <translation>U hebt deze betaling verantwoord, dus een andere ambtenaar beoordeelt haar (vier ogen).</translation>
    </message>
    <message>
        <source>Judge the payment as business or private</source>
        <translation>De betaling beoordelen als zakelijk of privé</translation>
    </message>
    <message>
        <source>Credit card %1 added.</source>
        <translation>Creditcard %1 toegevoegd.</translation>
    </message>
    <message>
        <source>Payment added; account for it with its receipt and reason.</source>
        <translation>Betaling toegevoegd; verantwoord haar met betaalbewijs en reden.</translation>
    </message>
    <message>
        <source>Invoice %1 recorded for %2. Make the letter with &quot;Make invoice…&quot;.</source>
        <translation>Factuur %1 vastgelegd voor %2. Maak de brief met &quot;Factuur maken…&quot;.</translation>
    </message>
    <message>
        <source>Invoice %1 saved as %2 and a PDF beside it.</source>
        <translation>Factuur %1 opgeslagen als %2, met een PDF ernaast.</translation>
    </message>
    <message>
        <source>Make invoice</source>
        <translation>Factuur maken</translation>
    </message>
    <message>
        <source>Invoice %1 marked as paid.</source>
        <translation>Factuur %1 is als betaald gemarkeerd.</translation>
    </message>
    <message>
        <source>Invoice paid</source>
        <translation>Factuur betaald</translation>
    </message>
    <message>
        <source>Only the office that keeps the card holder&apos;s claims changes this card and its payments.</source>
        <translation>Alleen de afdeling die de declaraties van de kaarthouder bijhoudt, wijzigt deze kaart en de betalingen ervan.</translation>
    </message>
    <message>
        <source>Select a payment first.</source>
        <translation>Selecteer eerst een betaling.</translation>
    </message>
    <message>
        <source>Credit cards are registered by the clerk&apos;s office or the secretariat.</source>
        <translation>Creditcards worden geregistreerd door de griffie of de secretarie.</translation>
    </message>
    <message>
        <source>Select a card first.</source>
        <translation>Selecteer eerst een kaart.</translation>
    </message>
    <message>
        <source>Type in a payment that is not on an imported statement</source>
        <translation>Een betaling invoeren die niet op een ingelezen afschrift staat</translation>
    </message>
    <message>
        <source>This payment has been judged; its accounting can no longer change.</source>
        <translation>Deze betaling is beoordeeld; de verantwoording kan niet meer worden gewijzigd.</translation>
    </message>
    <message>
        <source>Record the receipt, the kind of cost and the reason</source>
        <translation>Het betaalbewijs, de kostensoort en de reden vastleggen</translation>
    </message>
    <message>
        <source>This payment has been judged already.</source>
        <translation>Deze betaling is al beoordeeld.</translation>
    </message>
    <message>
        <source>Only a payment judged private has an invoice.</source>
        <translation>Alleen een betaling die als privé is beoordeeld heeft een factuur.</translation>
    </message>
    <message>
        <source>This invoice has been paid.</source>
        <translation>Deze factuur is betaald.</translation>
    </message>
</context>
<context>
    <name>integriteit::ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>Wachtwoord wijzigen</translation>
    </message>
    <message>
        <source>C&amp;urrent password:</source>
        <translation>&amp;Huidig wachtwoord:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Nieuw wachtwoord:</translation>
    </message>
    <message>
        <source>&amp;Repeat new password:</source>
        <translation>Nieuw wachtwoord h&amp;erhalen:</translation>
    </message>
    <message>
        <source>Choose a password that you do not use anywhere else.</source>
        <translation>Kies een wachtwoord dat u nergens anders gebruikt.</translation>
    </message>
</context>
<context>
    <name>integriteit::ClaimCommand</name>
    <message>
        <source>Cannot undo</source>
        <translation>Ongedaan maken lukt niet</translation>
    </message>
    <message>
        <source>Cannot redo</source>
        <translation>Opnieuw uitvoeren lukt niet</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be undone.

%2</source>
        <translation>&quot;%1&quot; kan niet ongedaan worden gemaakt.

%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be redone.

%2</source>
        <translation>&quot;%1&quot; kan niet opnieuw worden uitgevoerd.

%2</translation>
    </message>
</context>
<context>
    <name>integriteit::ClaimDetailWidget</name>
    <message>
        <source>Select a claim in the list to see its lines and proofs of payment.</source>
        <translation>Selecteer een declaratie in de lijst om de declaratieregels en betaalbewijzen te zien.</translation>
    </message>
    <message>
        <source>Edit claim…</source>
        <translation>Declaratie wijzigen…</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Waarschuwing</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Regels</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Waarschuwingen</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s), total %1</source>
        <translation>
            <numerusform>%n regel, totaal %1</numerusform>
            <numerusform>%n regels, totaal %1</numerusform>
        </translation>
    </message>
    <message>
        <source>costs from %1</source>
        <translation>kosten vanaf %1</translation>
    </message>
    <message>
        <source>last step: %1 (%2, %3)</source>
        <translation>laatste stap: %1 (%2, %3)</translation>
    </message>
    <message>
        <source>Decision: %1</source>
        <translation>Besluit: %1</translation>
    </message>
    <message>
        <source>Put before the %1…</source>
        <translation>Voorleggen aan het %1…</translation>
    </message>
    <message>
        <source>Record approval by the %1…</source>
        <translation>Goedkeuring door het %1 vastleggen…</translation>
    </message>
    <message>
        <source>Record rejection by the %1…</source>
        <translation>Afwijzing door het %1 vastleggen…</translation>
    </message>
    <message>
        <source>This claim is final: nothing more can be done with it.</source>
        <translation>Deze declaratie is afgehandeld: er kan niets meer mee gebeuren.</translation>
    </message>
    <message>
        <source>Warnings (%1)</source>
        <translation>Waarschuwingen (%1)</translation>
    </message>
    <message>
        <source>%1 of %2, %3</source>
        <translation>%1 van %2, %3</translation>
    </message>
    <message>
        <source>Only a draft claim of an office holder your office keeps can be changed.</source>
        <translation>Alleen een concept-declaratie van een ambtsdrager die uw afdeling bijhoudt kan worden gewijzigd.</translation>
    </message>
    <message>
        <source>Change the claim&apos;s office holder and description</source>
        <translation>De ambtsdrager en de omschrijving van de declaratie wijzigen</translation>
    </message>
</context>
<context>
    <name>integriteit::ClaimDialog</name>
    <message>
        <source>New expense claim</source>
        <translation>Nieuwe declaratie</translation>
    </message>
    <message>
        <source>Edit expense claim %1</source>
        <translation>Declaratie %1 wijzigen</translation>
    </message>
    <message>
        <source>for example Declaratie %1</source>
        <translation>bijvoorbeeld Declaratie %1</translation>
    </message>
    <message>
        <source>Only what the checker needs to know</source>
        <translation>Alleen wat de controleur moet weten</translation>
    </message>
    <message>
        <source>&amp;Office holder:</source>
        <translation>&amp;Ambtsdrager:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Omschrijving:</translation>
    </message>
    <message>
        <source>&amp;Accounts for advance:</source>
        <translation>&amp;Afrekening van voorschot:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notities:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Aanmaken</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Geen</translation>
    </message>
    <message>
        <source>%1, %2 paid %3</source>
        <translation>%1, %2 betaald op %3</translation>
    </message>
    <message>
        <source>Office holder: choose one from the list.</source>
        <translation>Ambtsdrager: kies een ambtsdrager uit de lijst.</translation>
    </message>
</context>
<context>
    <name>integriteit::ClaimEditor</name>
    <message>
        <source>New claim %1</source>
        <translation>Nieuwe declaratie %1</translation>
    </message>
    <message>
        <source>Claim %1 created. Add its lines with New line.</source>
        <translation>Declaratie %1 aangemaakt. Voeg de declaratieregels toe met Nieuwe regel.</translation>
    </message>
    <message>
        <source>Edit claim</source>
        <translation>Declaratie wijzigen</translation>
    </message>
    <message>
        <source>Edit claim %1</source>
        <translation>Declaratie %1 wijzigen</translation>
    </message>
    <message>
        <source>Changes to claim %1 saved.</source>
        <translation>Wijzigingen in declaratie %1 opgeslagen.</translation>
    </message>
    <message>
        <source>Remove claim</source>
        <translation>Declaratie verwijderen</translation>
    </message>
    <message numerus="yes">
        <source>Remove the draft claim %1 with its %n line(s) and proofs of payment?</source>
        <translation>
            <numerusform>Concept-declaratie %1 met %n regel en betaalbewijs verwijderen?</numerusform>
            <numerusform>Concept-declaratie %1 met %n regels en betaalbewijzen verwijderen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove claim %1</source>
        <translation>Declaratie %1 verwijderen</translation>
    </message>
    <message>
        <source>Claim %1 removed. Choose Undo to bring it back.</source>
        <translation>Declaratie %1 verwijderd. Kies Ongedaan maken om haar terug te halen.</translation>
    </message>
    <message>
        <source>New line</source>
        <translation>Nieuwe regel</translation>
    </message>
    <message>
        <source>Line added.</source>
        <translation>Regel toegevoegd.</translation>
    </message>
    <message>
        <source>Edit line</source>
        <translation>Regel wijzigen</translation>
    </message>
    <message>
        <source>Line saved.</source>
        <translation>Regel opgeslagen.</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Regel verwijderen</translation>
    </message>
    <message>
        <source>Line removed. Choose Undo to bring it back.</source>
        <translation>Regel verwijderd. Kies Ongedaan maken om hem terug te halen.</translation>
    </message>
    <message>
        <source>Attach proof of payment</source>
        <translation>Betaalbewijs toevoegen</translation>
    </message>
    <message>
        <source>Proof of payment %1 attached.</source>
        <translation>Betaalbewijs %1 toegevoegd.</translation>
    </message>
    <message>
        <source>Proof of payment saved as %1.</source>
        <translation>Betaalbewijs opgeslagen als %1.</translation>
    </message>
    <message>
        <source>Save proof of payment</source>
        <translation>Betaalbewijs opslaan</translation>
    </message>
    <message>
        <source>%1: %2 done.</source>
        <translation>%1: %2 uitgevoerd.</translation>
    </message>
    <message>
        <source>Claim submitted</source>
        <translation>Declaratie ingediend</translation>
    </message>
    <message>
        <source>Claim %1 was submitted. These warnings were recorded for the checker:</source>
        <translation>Declaratie %1 is ingediend. Deze waarschuwingen zijn vastgelegd voor de controleur:</translation>
    </message>
</context>
<context>
    <name>integriteit::ClaimFilterBar</name>
    <message>
        <source>All office holders</source>
        <translation>Alle ambtsdragers</translation>
    </message>
    <message>
        <source>With &amp;warnings only</source>
        <translation>Alleen met &amp;waarschuwingen</translation>
    </message>
    <message>
        <source>Search by number, description, name…</source>
        <translation>Zoeken op nummer, omschrijving, naam…</translation>
    </message>
    <message>
        <source>Search expense claims</source>
        <translation>Declaraties zoeken</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Open (not paid or rejected)</source>
        <translation>Open (niet betaald of afgewezen)</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Alle jaren</translation>
    </message>
    <message>
        <source>Office &amp;holder:</source>
        <translation>Ambts&amp;drager:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Jaar:</translation>
    </message>
</context>
<context>
    <name>integriteit::ClaimHistoryView</name>
    <message>
        <source>Created</source>
        <translation>Aangemaakt</translation>
    </message>
    <message>
        <source>Description or notes changed</source>
        <translation>Omschrijving of notities gewijzigd</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Verwijderd</translation>
    </message>
    <message>
        <source>Brought back</source>
        <translation>Teruggehaald</translation>
    </message>
    <message>
        <source>Line added</source>
        <translation>Regel toegevoegd</translation>
    </message>
    <message>
        <source>Line changed</source>
        <translation>Regel gewijzigd</translation>
    </message>
    <message>
        <source>Line removed</source>
        <translation>Regel verwijderd</translation>
    </message>
    <message>
        <source>Line brought back</source>
        <translation>Regel teruggehaald</translation>
    </message>
    <message>
        <source>Proof of payment attached</source>
        <translation>Betaalbewijs toegevoegd</translation>
    </message>
    <message>
        <source>Proof of payment removed</source>
        <translation>Betaalbewijs verwijderd</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s) recorded</source>
        <translation>
            <numerusform>%n waarschuwing vastgelegd</numerusform>
            <numerusform>%n waarschuwingen vastgelegd</numerusform>
        </translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Datum en tijd</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Gebruiker</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Handeling</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Bijzonderheden</translation>
    </message>
</context>
<context>
    <name>integriteit::ClaimLineDialog</name>
    <message>
        <source>Choose file…</source>
        <translation>Bestand kiezen…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>New line</source>
        <translation>Nieuwe regel</translation>
    </message>
    <message>
        <source>Edit line</source>
        <translation>Regel wijzigen</translation>
    </message>
    <message>
        <source>for example 12,50</source>
        <translation>bijvoorbeeld 12,50</translation>
    </message>
    <message>
        <source>what was paid, for example train ticket Beek - Maastricht</source>
        <translation>waarvoor betaald is, bijvoorbeeld treinkaartje Beek - Maastricht</translation>
    </message>
    <message>
        <source>why the municipality&apos;s interest was served and the cost follows from the office (GC 8.2)</source>
        <translation>waarom het gemeentelijk belang ermee gediend is en de uitgave voortvloeit uit de functie (GC 8.2)</translation>
    </message>
    <message>
        <source>Date of &amp;expense:</source>
        <translation>Datum van de &amp;uitgave:</translation>
    </message>
    <message>
        <source>&amp;Kind of cost:</source>
        <translation>&amp;Soort kosten:</translation>
    </message>
    <message>
        <source>&amp;Amount (€):</source>
        <translation>&amp;Bedrag (€):</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Omschrijving:</translation>
    </message>
    <message>
        <source>&amp;Functional reason:</source>
        <translation>&amp;Functionele reden:</translation>
    </message>
    <message>
        <source>&amp;Proof of payment:</source>
        <translation>&amp;Betaalbewijs:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>No proof of payment yet. Choose a file, or drop a PDF or a scan on this window.</source>
        <translation>Nog geen betaalbewijs. Kies een bestand, of sleep een pdf of scan naar dit venster.</translation>
    </message>
    <message>
        <source>Replace…</source>
        <translation>Vervangen…</translation>
    </message>
    <message>
        <source>Date of expense: write the date as dd-mm-yyyy, for example 14-10-2026.</source>
        <translation>Datum van de uitgave: schrijf de datum als dd-mm-jjjj, bijvoorbeeld 14-10-2026.</translation>
    </message>
    <message>
        <source>Amount: write the amount in euros, for example 12,50.</source>
        <translation>Bedrag: schrijf het bedrag in euro&apos;s, bijvoorbeeld 12,50.</translation>
    </message>
    <message>
        <source>a creditcard payment</source>
        <translation>een creditcardbetaling</translation>
    </message>
    <message>
        <source>claim %1</source>
        <translation>declaratie %1</translation>
    </message>
    <message>
        <source>the same file is the proof of payment of %1</source>
        <translation>hetzelfde bestand is het betaalbewijs van %1</translation>
    </message>
    <message>
        <source>%1 has a cost of %2 on %3</source>
        <translation>%1 bevat een uitgave van %2 op %3</translation>
    </message>
    <message>
        <source>Possibly claimed before (GC 9.1): %1. Check that this is not the same cost.</source>
        <translation>Mogelijk al eerder gedeclareerd (GC 9.1): %1. Ga na of dit niet dezelfde kosten zijn.</translation>
    </message>
</context>
<context>
    <name>integriteit::ClaimLinesModel</name>
    <message>
        <source>Attach the proof of payment, or drop the file on this line.</source>
        <translation>Voeg het betaalbewijs toe, of sleep het bestand naar deze regel.</translation>
    </message>
    <message>
        <source>(missing)</source>
        <translation>(ontbreekt)</translation>
    </message>
    <message>
        <source>Date of expense</source>
        <translation>Datum uitgave</translation>
    </message>
    <message>
        <source>Kind of cost</source>
        <translation>Soort kosten</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>Functional reason</source>
        <translation>Functionele reden</translation>
    </message>
    <message>
        <source>Proof of payment</source>
        <translation>Betaalbewijs</translation>
    </message>
</context>
<context>
    <name>integriteit::ClaimLinesPanel</name>
    <message>
        <source>New line…</source>
        <translation>Nieuwe regel…</translation>
    </message>
    <message>
        <source>Edit line…</source>
        <translation>Regel wijzigen…</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Regel verwijderen</translation>
    </message>
    <message>
        <source>Attach proof of payment…</source>
        <translation>Betaalbewijs toevoegen…</translation>
    </message>
    <message>
        <source>Choose a PDF or a scan; you can also drop the file on the line</source>
        <translation>Kies een pdf of scan; u kunt het bestand ook naar de regel slepen</translation>
    </message>
    <message>
        <source>Expense claims</source>
        <translation>Declaraties</translation>
    </message>
    <message>
        <source>Only a draft claim of an office holder your office keeps can be changed.</source>
        <translation>Alleen een concept-declaratie van een ambtsdrager die uw afdeling bijhoudt kan worden gewijzigd.</translation>
    </message>
    <message>
        <source>No lines yet. Choose New line, or drop a receipt on the table.</source>
        <translation>Nog geen regels. Kies Nieuwe regel, of sleep een betaalbewijs naar de tabel.</translation>
    </message>
    <message>
        <source>Select a line to see its proof of payment.</source>
        <translation>Selecteer een regel om het betaalbewijs te zien.</translation>
    </message>
    <message>
        <source>This line has no proof of payment yet. Drop the file on the line, or choose Attach proof of payment.</source>
        <translation>Deze regel heeft nog geen betaalbewijs. Sleep het bestand naar de regel, of kies Betaalbewijs toevoegen.</translation>
    </message>
    <message>
        <source>This line has no proof of payment.</source>
        <translation>Deze regel heeft geen betaalbewijs.</translation>
    </message>
</context>
<context>
    <name>integriteit::ClaimOverviewPage</name>
    <message>
        <source>Approved and paid claim lines by date of expense, and the business part of judged creditcard payments, per office holder and kind of cost.</source>
        <translation>Goedgekeurde en betaalde declaratieregels naar datum van de uitgave, en het zakelijke deel van beoordeelde creditcardbetalingen, per ambtsdrager en soort kosten.</translation>
    </message>
    <message>
        <source>The claims of the college members are public: these are the totals and the list as published, without reasons, receipts or remarks.</source>
        <translation>De declaraties van de collegeleden zijn openbaar: dit zijn de totalen en de lijst zoals gepubliceerd, zonder redenen, betaalbewijzen of opmerkingen.</translation>
    </message>
    <message>
        <source>Per office holder</source>
        <translation>Per ambtsdrager</translation>
    </message>
    <message>
        <source>Public overview of the college</source>
        <translation>Openbaar overzicht van het college</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Jaar:</translation>
    </message>
</context>
<context>
    <name>integriteit::ClaimRights</name>
    <message>
        <source>You may not see expense claims: they are kept by the clerk&apos;s office and the secretariat.</source>
        <translation>U mag geen declaraties inzien: die worden bijgehouden door de griffie en de secretarie.</translation>
    </message>
    <message>
        <source>You may not see this expense claim: it is kept by another office.</source>
        <translation>U mag deze declaratie niet inzien: die wordt bijgehouden door een ander bureau.</translation>
    </message>
    <message>
        <source>You may not handle your own expense claims or credit card.</source>
        <translation>U mag uw eigen declaraties of creditcard niet behandelen.</translation>
    </message>
</context>
<context>
    <name>integriteit::ClaimService</name>
    <message>
        <source>This expense claim no longer exists.</source>
        <translation>Deze declaratie bestaat niet meer.</translation>
    </message>
    <message>
        <source>This line of the claim no longer exists.</source>
        <translation>Deze declaratieregel bestaat niet meer.</translation>
    </message>
    <message>
        <source>This line has no proof of payment.</source>
        <translation>Bij deze declaratieregel zit geen betalingsbewijs.</translation>
    </message>
    <message>
        <source>Claim %1 has the status &quot;%2&quot;: only a draft can be changed. Have it returned for correction first.</source>
        <translation>Declaratie %1 heeft de status &quot;%2&quot;: alleen een concept kan worden gewijzigd. Laat de declaratie eerst terugsturen ter correctie.</translation>
    </message>
    <message>
        <source>Claim %1 was submitted before, so it stays on record. Submit it again, or have it rejected.</source>
        <translation>Declaratie %1 is al eerder ingediend en blijft daarom vastgelegd. Dien haar opnieuw in of laat haar afwijzen.</translation>
    </message>
    <message>
        <source>This expense claim already exists.</source>
        <translation>Deze declaratie bestaat al.</translation>
    </message>
    <message>
        <source>This line of the claim already exists.</source>
        <translation>Deze declaratieregel bestaat al.</translation>
    </message>
</context>
<context>
    <name>integriteit::ClaimStatus</name>
    <message>
        <source>Draft</source>
        <translation>Concept</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Ingediend</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Gecontroleerd</translation>
    </message>
    <message>
        <source>Referred to the mayor</source>
        <translation>Voorgelegd aan de burgemeester</translation>
    </message>
    <message>
        <source>Awaiting decision</source>
        <translation>Ter besluitvorming voorgelegd</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Goedgekeurd</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Afgewezen</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Betaald</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Indienen</translation>
    </message>
    <message>
        <source>Return for correction</source>
        <translation>Terugsturen ter correctie</translation>
    </message>
    <message>
        <source>Mark as checked</source>
        <translation>Controleren</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Goedkeuren</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Afwijzen</translation>
    </message>
    <message>
        <source>Refer to the mayor</source>
        <translation>Voorleggen aan de burgemeester</translation>
    </message>
    <message>
        <source>Put before the deciding body</source>
        <translation>Ter besluitvorming voorleggen</translation>
    </message>
    <message>
        <source>Doubt resolved</source>
        <translation>Twijfel weggenomen</translation>
    </message>
    <message>
        <source>Mark as paid</source>
        <translation>Als betaald markeren</translation>
    </message>
</context>
<context>
    <name>integriteit::ClaimValidator</name>
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Advance: this advance no longer exists.</source>
        <translation>Voorschot: dit voorschot bestaat niet meer.</translation>
    </message>
    <message>
        <source>Advance: choose an advance paid to this office holder.</source>
        <translation>Voorschot: kies een voorschot dat aan deze ambtsdrager is betaald.</translation>
    </message>
    <message>
        <source>Advance: this advance is already settled by another claim.</source>
        <translation>Voorschot: dit voorschot wordt al afgerekend in een andere declaratie.</translation>
    </message>
    <message>
        <source>Date of expense</source>
        <translation>Datum van de uitgave</translation>
    </message>
    <message>
        <source>Kind of cost: choose one of the list.</source>
        <translation>Kostensoort: kies er een uit de lijst.</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <source>Amount: fill in the amount paid.</source>
        <translation>Bedrag: vul het betaalde bedrag in.</translation>
    </message>
    <message>
        <source>Functional reason</source>
        <translation>Functionele reden</translation>
    </message>
    <message>
        <source>The claim has no lines: add the expenses first.</source>
        <translation>De declaratie heeft geen regels: voeg eerst de uitgaven toe.</translation>
    </message>
    <message>
        <source>Line %1 (%2, %3)</source>
        <translation>Regel %1 (%2, %3)</translation>
    </message>
    <message>
        <source>%1: fill in the functional reason of the expense (GC 9.3).</source>
        <translation>%1: vul de functionele reden van de uitgave in (GC 9.3).</translation>
    </message>
    <message>
        <source>%1: attach the proof of payment (GC 9.3).</source>
        <translation>%1: voeg het betalingsbewijs toe (GC 9.3).</translation>
    </message>
    <message>
        <source>Date of expense: the costs of that day are handled by the %1, the other lines of this claim by the %2. Enter them on a separate claim.</source>
        <translation>Datum van de uitgave: de kosten van die dag worden behandeld door de %1, de andere regels van deze declaratie door de %2. Neem ze op in een aparte declaratie.</translation>
    </message>
</context>
<context>
    <name>integriteit::ClaimWarning</name>
    <message>
        <source>Claimed late</source>
        <translation>Te laat gedeclareerd</translation>
    </message>
    <message>
        <source>Probable duplicate</source>
        <translation>Waarschijnlijk dubbel</translation>
    </message>
    <message>
        <source>Receipt used twice</source>
        <translation>Betalingsbewijs twee keer gebruikt</translation>
    </message>
    <message>
        <source>Advance not settled</source>
        <translation>Voorschot niet afgerekend</translation>
    </message>
</context>
<context>
    <name>integriteit::ClaimWorkflow</name>
    <message>
        <source>Decision: fill in the decision of the %1.</source>
        <translation>Besluit: vul het besluit van het %1 in.</translation>
    </message>
    <message>
        <source>Reason: say what must be corrected.</source>
        <translation>Reden: geef aan wat moet worden gecorrigeerd.</translation>
    </message>
    <message>
        <source>Reason: say why the claim is rejected.</source>
        <translation>Reden: geef aan waarom de declaratie wordt afgewezen.</translation>
    </message>
    <message>
        <source>Reason: describe the doubt about this claim.</source>
        <translation>Reden: beschrijf de twijfel over deze declaratie.</translation>
    </message>
    <message>
        <source>Reason: describe the doubt the body is to decide on.</source>
        <translation>Reden: beschrijf de twijfel waarover moet worden besloten.</translation>
    </message>
    <message>
        <source>Reason: say how the doubt was resolved.</source>
        <translation>Reden: geef aan hoe de twijfel is weggenomen.</translation>
    </message>
    <message>
        <source>Reason: fill this in.</source>
        <translation>Reden: vul dit in.</translation>
    </message>
    <message>
        <source>%1: at most 2000 characters.</source>
        <translation>%1: maximaal 2000 tekens.</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Besluit</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Decision date</source>
        <translation>Datum besluit</translation>
    </message>
    <message>
        <source>Payment date</source>
        <translation>Betaaldatum</translation>
    </message>
    <message>
        <source>Decision date: fill in the date of the decision of the %1.</source>
        <translation>Datum besluit: vul de datum van het besluit van het %1 in.</translation>
    </message>
    <message>
        <source>Payment date: fill in the date the claim was paid.</source>
        <translation>Betaaldatum: vul de datum in waarop de declaratie is betaald.</translation>
    </message>
    <message>
        <source>%1: the date cannot be in the future.</source>
        <translation>%1: de datum kan niet in de toekomst liggen.</translation>
    </message>
    <message>
        <source>%1: the decision cannot be before the claim was put before the body.</source>
        <translation>%1: het besluit kan niet liggen vóór de dag waarop de declaratie ter besluitvorming is voorgelegd.</translation>
    </message>
    <message>
        <source>%1: the claim cannot be paid before it was approved.</source>
        <translation>%1: de declaratie kan niet zijn betaald voordat zij is goedgekeurd.</translation>
    </message>
    <message>
        <source>%1 is not possible for a claim with the status %2.</source>
        <translation>%1 is niet mogelijk voor een declaratie met de status %2.</translation>
    </message>
    <message>
        <source>Nothing more can be done with it.</source>
        <translation>Er kan niets meer mee worden gedaan.</translation>
    </message>
    <message>
        <source>Possible now: %1.</source>
        <translation>Nu mogelijk: %1.</translation>
    </message>
    <message>
        <source>The office holder of this claim has no appointment, so nobody can handle the claim. Add the appointment first.</source>
        <translation>De ambtsdrager van deze declaratie heeft geen benoeming, dus niemand kan de declaratie behandelen. Voeg eerst de benoeming toe.</translation>
    </message>
    <message>
        <source>A claim in doubt goes to the mayor first (GC 9.6); only the mayor&apos;s own claims go straight to the college.</source>
        <translation>Bij twijfel wordt een declaratie eerst voorgelegd aan de burgemeester (GC 9.6); alleen de eigen declaraties van de burgemeester gaan rechtstreeks naar het college.</translation>
    </message>
    <message>
        <source>A doubtful claim of the mayor is put before the college, not before the mayor (GC 9.6).</source>
        <translation>Een twijfelachtige declaratie van de burgemeester wordt voorgelegd aan het college, niet aan de burgemeester (GC 9.6).</translation>
    </message>
    <message>
        <source>You are not logged in.</source>
        <translation>U bent niet aangemeld.</translation>
    </message>
    <message>
        <source>You may not act on your own claim.</source>
        <translation>U mag uw eigen declaratie niet behandelen.</translation>
    </message>
    <message>
        <source>You may not do this: the claims of a %1 are handled by the %2.</source>
        <translation>Dit mag u niet doen: de declaraties van een %1 worden behandeld door de %2.</translation>
    </message>
    <message>
        <source>Only the mayor decides on a claim referred to him (GC 9.6).</source>
        <translation>Alleen de burgemeester beslist over een declaratie die aan hem is voorgelegd (GC 9.6).</translation>
    </message>
    <message>
        <source>Four eyes: you checked this claim, so another official decides on it.</source>
        <translation>Vier ogen: u hebt deze declaratie gecontroleerd, dus een andere medewerker beslist erover.</translation>
    </message>
    <message>
        <source>Four eyes: you submitted this claim, so another official decides on it.</source>
        <translation>Vier ogen: u hebt deze declaratie ingediend, dus een andere medewerker beslist erover.</translation>
    </message>
</context>
<context>
    <name>integriteit::ClaimsModel</name>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Office holder</source>
        <translation>Ambtsdrager</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Functie</translation>
    </message>
    <message>
        <source>Party group</source>
        <translation>Fractie</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>Periode vanaf</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Regels</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Waarschuwingen</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s) recorded at submission: see the claim&apos;s Warnings tab.</source>
        <translation>
            <numerusform>%n waarschuwing vastgelegd bij het indienen: zie het tabblad Waarschuwingen van de declaratie.</numerusform>
            <numerusform>%n waarschuwingen vastgelegd bij het indienen: zie het tabblad Waarschuwingen van de declaratie.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>integriteit::ClaimsPage</name>
    <message>
        <source>&amp;New claim…</source>
        <translation>&amp;Nieuwe declaratie…</translation>
    </message>
    <message>
        <source>Remove claim</source>
        <translation>Declaratie verwijderen</translation>
    </message>
    <message>
        <source>Remove a draft entered by mistake (a claim that was ever submitted stays on record)</source>
        <translation>Een per vergissing ingevoerd concept verwijderen (een declaratie die ooit is ingediend blijft bewaard)</translation>
    </message>
    <message>
        <source>Expense claims</source>
        <translation>Declaraties</translation>
    </message>
    <message>
        <source>New claim for this office holder…</source>
        <translation>Nieuwe declaratie voor deze ambtsdrager…</translation>
    </message>
    <message>
        <source>The filters were cleared to show the claim.</source>
        <translation>De filters zijn gewist om de declaratie te tonen.</translation>
    </message>
    <message>
        <source>Claims are entered by the clerk&apos;s office or the secretariat.</source>
        <translation>Declaraties worden ingevoerd door de griffie of de secretarie.</translation>
    </message>
    <message>
        <source>No claims match. Choose New claim to enter an office holder&apos;s claim form.</source>
        <translation>Geen declaraties gevonden. Kies Nieuwe declaratie om het declaratieformulier van een ambtsdrager in te voeren.</translation>
    </message>
    <message>
        <source>No claims match the search and filters.</source>
        <translation>Geen declaraties gevonden met deze zoekopdracht en filters.</translation>
    </message>
    <message>
        <source>Only a draft claim of an office holder your office keeps can be changed.</source>
        <translation>Alleen een concept-declaratie van een ambtsdrager die uw afdeling bijhoudt kan worden gewijzigd.</translation>
    </message>
</context>
<context>
    <name>integriteit::CommandLine</name>
    <message>
        <source>no password: set INTEGRITEIT_PASSWORD or run the command on a terminal.</source>
        <translation>geen wachtwoord: zet INTEGRITEIT_PASSWORD of start de opdracht in een terminal.</translation>
    </message>
    <message>
        <source>The database file.</source>
        <translation>Het databasebestand.</translation>
    </message>
    <message>
        <source>Your user name.</source>
        <translation>Uw gebruikersnaam.</translation>
    </message>
    <message>
        <source>--db FILE is required.</source>
        <translation>--db BESTAND is verplicht.</translation>
    </message>
    <message>
        <source>--user NAME is required.</source>
        <translation>--user NAAM is verplicht.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Wachtwoord voor %1: </translation>
    </message>
    <message>
        <source>Name of the municipality.</source>
        <translation>Naam van de gemeente.</translation>
    </message>
    <message>
        <source>Province (default Utrecht).</source>
        <translation>Provincie (standaard Utrecht).</translation>
    </message>
    <message>
        <source>User name of the first administrator.</source>
        <translation>Gebruikersnaam van de eerste beheerder.</translation>
    </message>
    <message>
        <source>Full name of the first administrator.</source>
        <translation>Volledige naam van de eerste beheerder.</translation>
    </message>
    <message>
        <source>Name of the clerk of the council.</source>
        <translation>Naam van de griffier.</translation>
    </message>
    <message>
        <source>Name of the municipal secretary.</source>
        <translation>Naam van de gemeentesecretaris.</translation>
    </message>
    <message>
        <source>Name of the mayor.</source>
        <translation>Naam van de burgemeester.</translation>
    </message>
    <message>
        <source>Name of the deputy chair of the council.</source>
        <translation>Naam van de plaatsvervangend voorzitter van de raad.</translation>
    </message>
    <message>
        <source>usage: integriteit init --db FILE --municipality NAME --admin USER</source>
        <translation>gebruik: integriteit init --db BESTAND --municipality NAAM --admin GEBRUIKER</translation>
    </message>
    <message>
        <source>(to be filled in)</source>
        <translation>(nog invullen)</translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation>Nieuw wachtwoord voor %1: </translation>
    </message>
    <message>
        <source>Created %1 for %2.</source>
        <translation>%1 aangemaakt voor %2.</translation>
    </message>
    <message>
        <source>small, large or national.</source>
        <translation>small, large of national.</translation>
    </message>
    <message>
        <source>Random seed (same seed, same data).</source>
        <translation>Startgetal voor het toeval (zelfde getal, zelfde gegevens).</translation>
    </message>
    <message>
        <source>--scale must be small, large or national.</source>
        <translation>--scale moet small, large of national zijn.</translation>
    </message>
    <message>
        <source>--seed must be a whole number.</source>
        <translation>--seed moet een geheel getal zijn.</translation>
    </message>
    <message>
        <source>usage: integriteit demo --db FILE [--scale small|large|national] [--seed N]</source>
        <translation>gebruik: integriteit demo --db BESTAND [--scale small|large|national] [--seed N]</translation>
    </message>
    <message>
        <source>Password for the demo accounts: </source>
        <translation>Wachtwoord voor de demo-accounts: </translation>
    </message>
    <message>
        <source>add demo data</source>
        <translation>demogegevens toevoegen</translation>
    </message>
    <message>
        <source>usage: integriteit check --db FILE</source>
        <translation>gebruik: integriteit check --db BESTAND</translation>
    </message>
    <message>
        <source>%1 problem(s) found in %2.</source>
        <translation>%1 probleem/problemen gevonden in %2.</translation>
    </message>
    <message>
        <source>%1: structure, references and audit trail (%2 rows) are in order.</source>
        <translation>%1: structuur, verwijzingen en audittrail (%2 regels) zijn in orde.</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; see integriteit --help</source>
        <translation>onbekende opdracht &quot;%1&quot;; zie integriteit --help</translation>
    </message>
    <message>
        <source>demo: body %1 of %2</source>
        <translation>demo: orgaan %1 van %2</translation>
    </message>
    <message>
        <source>Demo data created. Bodies: %1, office holders: %2, appointments: %3.</source>
        <translation>Demogegevens aangemaakt. Organen: %1, ambtsdragers: %2, benoemingen: %3.</translation>
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
        <translation>Gebruik:
  integriteit [BESTAND]              open het venster (op BESTAND, of de laatste database)
  integriteit init  --db BESTAND --municipality NAAM --admin GEBRUIKER [--province NAAM]
                    [--admin-name NAAM] [--griffier NAAM] [--secretaris NAAM]
                    [--burgemeester NAAM] [--plv-voorzitter NAAM]
                                     maak een nieuwe database
  integriteit demo  --db BESTAND [--scale small|large|national] [--seed N] [--user NAAM]
                                     realistische demogegevens (een nieuw BESTAND krijgt demo-accounts)
  integriteit check --db BESTAND     integriteit, verwijzingen, keten van de audittrail
  integriteit import --db BESTAND --user NAAM --register NAAM CSVBESTAND
                                     het CSV-bestand van een register, alles of niets;
                                     fouten noemen rij en kolom
  integriteit export --db BESTAND --user NAAM --register NAAM [--public] [--year JJJJ] CSVBESTAND
                                     een register als CSV (UTF-8, &apos;;&apos;); --public: alleen de
                                     openbare velden
                    registers: personen (alleen export: de nummers voor persoon_nr),
                    nevenfuncties, neveninkomsten, financiele-belangen, geschenken,
                    uitnodigingen, dienstreizen, creditcardbetalingen, declaraties en
                    declaraties-totalen (alleen export, met --year)
  integriteit --version

Wachtwoorden komen uit INTEGRITEIT_PASSWORD, of worden in de terminal gevraagd; import en export
nemen de gebruikersnaam ook uit INTEGRITEIT_USER.
Afsluitcode 0 bij succes; anders 1 met een melding van één regel.</translation>
    </message>
    <message>
        <source>The register.</source>
        <translation>Het register.</translation>
    </message>
    <message>
        <source>Only the public fields.</source>
        <translation>Alleen de openbare velden.</translation>
    </message>
    <message>
        <source>Only this year.</source>
        <translation>Alleen dit jaar.</translation>
    </message>
    <message>
        <source>usage: integriteit export --db DATABASE --user NAME --register NAME [--public] [--year YYYY] FILE</source>
        <translation>gebruik: integriteit export --db DATABASE --user NAAM --register NAAM [--public] [--year JJJJ] BESTAND</translation>
    </message>
    <message>
        <source>usage: integriteit import --db DATABASE --user NAME --register NAME FILE</source>
        <translation>gebruik: integriteit import --db DATABASE --user NAAM --register NAAM BESTAND</translation>
    </message>
    <message>
        <source>--register must be one of: %1.</source>
        <translation>--register moet een van deze zijn: %1.</translation>
    </message>
    <message>
        <source>--user NAME is required (or set INTEGRITEIT_USER).</source>
        <translation>--user NAAM is verplicht (of stel INTEGRITEIT_USER in).</translation>
    </message>
    <message>
        <source>--year must be a year, e.g. 2026.</source>
        <translation>--year moet een jaartal zijn, bijvoorbeeld 2026.</translation>
    </message>
    <message>
        <source>%1: %2 of %3 rows</source>
        <translation>%1: %2 van %3 rijen</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kan niet worden gelezen: %2</translation>
    </message>
    <message>
        <source>Stopped after %1 problems.</source>
        <translation>Gestopt na %1 fouten.</translation>
    </message>
    <message numerus="yes">
        <source>nothing was imported from %1: %n problem(s).</source>
        <translation>
            <numerusform>er is niets geïmporteerd uit %1: %n fout(en).</numerusform>
            <numerusform>er is niets geïmporteerd uit %1: %n fout(en).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) imported into %1.</source>
        <translation>
            <numerusform>%n gegeven(s) geïmporteerd in %1.</numerusform>
            <numerusform>%n gegeven(s) geïmporteerd in %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kan niet worden geschreven: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) exported to %1.</source>
        <translation>
            <numerusform>%n gegeven(s) geëxporteerd naar %1.</numerusform>
            <numerusform>%n gegeven(s) geëxporteerd naar %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Side positions: %1, side income: %2, financial interests: %3, gifts: %4, invitations: %5, trips: %6, claims: %7 with %8 lines, card payments: %9.</source>
        <translation>Nevenfuncties: %1, neveninkomsten: %2, financiële belangen: %3, geschenken: %4, uitnodigingen: %5, dienstreizen: %6, declaraties: %7 met %8 regels, creditcardbetalingen: %9.</translation>
    </message>
</context>
<context>
    <name>integriteit::CreditCard</name>
    <message>
        <source>Business expense</source>
        <translation>Zakelijke uitgave</translation>
    </message>
    <message>
        <source>Private expense</source>
        <translation>Privé-uitgave</translation>
    </message>
</context>
<context>
    <name>integriteit::CreditCardService</name>
    <message>
        <source>This credit card no longer exists.</source>
        <translation>Deze creditcard bestaat niet meer.</translation>
    </message>
    <message>
        <source>This statement no longer exists.</source>
        <translation>Dit afschrift bestaat niet meer.</translation>
    </message>
    <message>
        <source>This credit card already exists.</source>
        <translation>Deze creditcard bestaat al.</translation>
    </message>
    <message>
        <source>Holder: a card cannot move to another person; withdraw it and register a new one.</source>
        <translation>Houder: een kaart kan niet naar een andere persoon overgaan; trek haar in en registreer een nieuwe.</translation>
    </message>
    <message>
        <source>Withdrawn: fill in the date.</source>
        <translation>Ingetrokken: vul de datum in.</translation>
    </message>
    <message>
        <source>This card has statements and stays on record; withdraw it instead.</source>
        <translation>Bij deze kaart horen afschriften en zij blijft daarom vastgelegd; trek haar in plaats daarvan in.</translation>
    </message>
    <message>
        <source>The statement of %1 of this card is already there; it is not imported twice.</source>
        <translation>Het afschrift van %1 van deze kaart is er al; het wordt geen tweede keer ingelezen.</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Rij %1: %2</translation>
    </message>
    <message>
        <source>This card payment no longer exists.</source>
        <translation>Deze creditcardbetaling bestaat niet meer.</translation>
    </message>
    <message>
        <source>This payment has been judged and stays on record.</source>
        <translation>Deze betaling is beoordeeld en blijft vastgelegd.</translation>
    </message>
</context>
<context>
    <name>integriteit::CsvDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>&amp;Copy list</source>
        <translation>Lijst &amp;kopiëren</translation>
    </message>
    <message>
        <source>Import a register</source>
        <translation>Een register importeren</translation>
    </message>
    <message>
        <source>Export a register</source>
        <translation>Een register exporteren</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bladeren…</translation>
    </message>
    <message>
        <source>&amp;Register:</source>
        <translation>&amp;Register:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Bestand:</translation>
    </message>
    <message>
        <source>Only &amp;public fields</source>
        <translation>Alleen &amp;openbare velden</translation>
    </message>
    <message>
        <source>Only the &amp;year</source>
        <translation>Alleen het &amp;jaar</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importeren</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporteren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-bestanden (*.csv);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>File: choose the file.</source>
        <translation>Bestand: kies het bestand.</translation>
    </message>
    <message>
        <source>File: %1 cannot be read (%2).</source>
        <translation>Bestand: %1 kan niet worden gelezen (%2).</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 importeren…</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was saved.</source>
        <translation>Het importeren is geannuleerd; er is niets opgeslagen.</translation>
    </message>
    <message>
        <source>Stopped after %1 problems.</source>
        <translation>Gestopt na %1 fouten.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: the file has %n problem(s). Correct them in the file and import it again.</source>
        <translation>
            <numerusform>Er is niets geïmporteerd: het bestand bevat %n fout(en). Verbeter ze in het bestand en importeer het opnieuw.</numerusform>
            <numerusform>Er is niets geïmporteerd: het bestand bevat %n fout(en). Verbeter ze in het bestand en importeer het opnieuw.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) imported into %1.</source>
        <translation>
            <numerusform>%n gegeven(s) geïmporteerd in %1.</numerusform>
            <numerusform>%n gegeven(s) geïmporteerd in %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>File: %1 cannot be written (%2).</source>
        <translation>Bestand: %1 kan niet worden geschreven (%2).</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Exporteren naar %1…</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>Het exporteren is geannuleerd; er is geen bestand geschreven.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) exported to %1.</source>
        <translation>
            <numerusform>%n gegeven(s) geëxporteerd naar %1.</numerusform>
            <numerusform>%n gegeven(s) geëxporteerd naar %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>integriteit::CsvExporter</name>
    <message>
        <source>Year: the %1 are exported per year; choose the year.</source>
        <translation>Jaar: de %1 worden per jaar geëxporteerd; kies het jaar.</translation>
    </message>
    <message>
        <source>The %1 register has no public form; the public costs of the college are in the declaraties export.</source>
        <translation>Het register %1 heeft geen openbare vorm; de openbare kosten van het college staan in de export van de declaraties.</translation>
    </message>
</context>
<context>
    <name>integriteit::CsvImporter</name>
    <message>
        <source>The register %1 cannot be imported, only exported.</source>
        <translation>Het register %1 kan niet worden geïmporteerd, alleen geëxporteerd.</translation>
    </message>
    <message>
        <source>there is no office holder with number %1.</source>
        <translation>er is geen ambtsdrager met nummer %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not the name of office holder %2 (%3).</source>
        <translation>&quot;%1&quot; is niet de naam van ambtsdrager %2 (%3).</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Rij %1: %2</translation>
    </message>
    <message>
        <source>Row %1, column %2 (%3): %4</source>
        <translation>Rij %1, kolom %2 (%3): %4</translation>
    </message>
    <message>
        <source>unknown column; the columns of %1 are: %2.</source>
        <translation>onbekende kolom; de kolommen van %1 zijn: %2.</translation>
    </message>
    <message>
        <source>this column appears twice.</source>
        <translation>deze kolom staat er twee keer in.</translation>
    </message>
    <message>
        <source>the column %1 is missing.</source>
        <translation>de kolom %1 ontbreekt.</translation>
    </message>
    <message>
        <source>this row has %1 cells, the header has %2.</source>
        <translation>deze rij heeft %1 cellen, de kopregel heeft er %2.</translation>
    </message>
    <message>
        <source>this column must be filled in.</source>
        <translation>deze kolom moet worden ingevuld.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write dd-mm-yyyy (31-12-2026) or yyyy-mm-dd (2026-12-31).</source>
        <translation>&quot;%1&quot; is geen datum; schrijf dd-mm-jjjj (31-12-2026) of jjjj-mm-dd (2026-12-31).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not ja or nee.</source>
        <translation>&quot;%1&quot; is niet ja of nee.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount; write e.g. 1.234,56 or 1234.56 (at most two decimals).</source>
        <translation>&quot;%1&quot; is geen bedrag; schrijf bijvoorbeeld 1.234,56 of 1234.56 (hoogstens twee decimalen).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number.</source>
        <translation>&quot;%1&quot; is geen geheel getal.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of: %2.</source>
        <translation>&quot;%1&quot; is niet een van: %2.</translation>
    </message>
</context>
<context>
    <name>integriteit::CsvReader</name>
    <message>
        <source>The file is not UTF-8 text. Save it as &quot;CSV UTF-8&quot; and try again.</source>
        <translation>Het bestand is geen UTF-8-tekst. Sla het op als &quot;CSV UTF-8&quot; en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Row %1, column %2: a quote (&quot;) is opened but never closed.</source>
        <translation>Rij %1, kolom %2: een aanhalingsteken (&quot;) wordt geopend maar nooit gesloten.</translation>
    </message>
    <message>
        <source>Row %1, column %2: there is text after the closing quote (&quot;).</source>
        <translation>Rij %1, kolom %2: er staat tekst na het sluitende aanhalingsteken (&quot;).</translation>
    </message>
</context>
<context>
    <name>integriteit::CsvRegister</name>
    <message>
        <source>Credit card payments</source>
        <translation>Creditcardbetalingen</translation>
    </message>
    <message>
        <source>write the last four digits of the card, e.g. 1234.</source>
        <translation>vul de laatste vier cijfers van de kaart in, bijvoorbeeld 1234.</translation>
    </message>
    <message>
        <source>no card ending in %1 was in use on %2%3.</source>
        <translation>er was op %2%3 geen kaart in gebruik die eindigt op %1.</translation>
    </message>
    <message>
        <source> for office holder %1</source>
        <translation> voor ambtsdrager %1</translation>
    </message>
    <message>
        <source>several cards end in %1; fill in persoon_nr to say whose card it is.</source>
        <translation>meerdere kaarten eindigen op %1; vul persoon_nr in om aan te geven van wie de kaart is.</translation>
    </message>
    <message>
        <source>Expense claims of the college (totals)</source>
        <translation>Declaraties van het college (totalen)</translation>
    </message>
    <message>
        <source>Expense claims of the college</source>
        <translation>Declaraties van het college</translation>
    </message>
    <message>
        <source>Expense claims cannot be imported: enter them in the window, with their receipts.</source>
        <translation>Declaraties kunnen niet worden geïmporteerd: voer ze in het venster in, met hun betalingsbewijzen.</translation>
    </message>
    <message>
        <source>Office holders (numbers for import files)</source>
        <translation>Ambtsdragers (nummers voor importbestanden)</translation>
    </message>
    <message>
        <source>Office holders are added in the window, not from a file.</source>
        <translation>Ambtsdragers worden in het venster toegevoegd, niet uit een bestand.</translation>
    </message>
    <message>
        <source>Side positions</source>
        <translation>Nevenfuncties</translation>
    </message>
    <message>
        <source>Side income</source>
        <translation>Neveninkomsten</translation>
    </message>
    <message>
        <source>side position %1 belongs to office holder %2, not to this one.</source>
        <translation>nevenfunctie %1 hoort bij ambtsdrager %2, niet bij deze.</translation>
    </message>
    <message>
        <source>Financial interests</source>
        <translation>Financiële belangen</translation>
    </message>
    <message>
        <source>Gifts</source>
        <translation>Geschenken</translation>
    </message>
    <message>
        <source>Invitations</source>
        <translation>Uitnodigingen</translation>
    </message>
    <message>
        <source>Official trips</source>
        <translation>Dienstreizen</translation>
    </message>
</context>
<context>
    <name>integriteit::CsvWriter</name>
    <message>
        <source>The file could not be written: %1</source>
        <translation>Het bestand kon niet worden geschreven: %1</translation>
    </message>
</context>
<context>
    <name>integriteit::Database</name>
    <message>
        <source>The file %1 cannot be read. Check that you have access to it.</source>
        <translation>Het bestand %1 kan niet worden gelezen. Controleer of u er toegang toe hebt.</translation>
    </message>
    <message>
        <source>The file %1 is not an Integriteit database. Choose another file; this one has not been changed.</source>
        <translation>Het bestand %1 is geen Integriteit-database. Kies een ander bestand; dit bestand is niet gewijzigd.</translation>
    </message>
    <message>
        <source>The file %1 is on a network share. SQLite cannot guarantee that a save survives there. Copy the file to a local disk and open that copy.</source>
        <translation>Het bestand %1 staat op een netwerkschijf. Daar kan SQLite niet garanderen dat opgeslagen gegevens bewaard blijven. Kopieer het bestand naar een lokale schijf en open die kopie.</translation>
    </message>
    <message>
        <source>The database %1 cannot be opened.</source>
        <translation>De database %1 kan niet worden geopend.</translation>
    </message>
    <message>
        <source>The database %1 cannot be used safely on this disk: a safety setting was refused. Copy the file to a local disk and open that copy.</source>
        <translation>De database %1 kan op deze schijf niet veilig worden gebruikt: een veiligheidsinstelling werd geweigerd. Kopieer het bestand naar een lokale schijf en open die kopie.</translation>
    </message>
    <message>
        <source>The database %1 is damaged. It has not been changed. Restore the most recent backup, or ask your administrator for help.</source>
        <translation>De database %1 is beschadigd. Het bestand is niet gewijzigd. Zet de meest recente back-up terug, of vraag uw beheerder om hulp.</translation>
    </message>
    <message>
        <source>The file %1 is an SQLite database, but not one of Integriteit. Choose another file; this one has not been changed.</source>
        <translation>Het bestand %1 is een SQLite-database, maar niet van Integriteit. Kies een ander bestand; dit bestand is niet gewijzigd.</translation>
    </message>
    <message>
        <source>The database %1 was made by a newer version of Integriteit (version %2 or later is needed; this is version %3). Install the newer version. The file has not been changed.</source>
        <translation>De database %1 is gemaakt met een nieuwere versie van Integriteit (versie %2 of later is nodig; dit is versie %3). Installeer de nieuwere versie. Het bestand is niet gewijzigd.</translation>
    </message>
    <message>
        <source>The file %1 does not exist. To start a new administration, choose &quot;New database&quot;.</source>
        <translation>Het bestand %1 bestaat niet. Kies &quot;Nieuwe database&quot; om een nieuwe administratie te beginnen.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 is een map, geen databasebestand.</translation>
    </message>
    <message>
        <source>The database %1 is read-only. Integriteit needs to write to the file and its folder. Ask your administrator for write access, or copy the file to a folder of your own.</source>
        <translation>De database %1 is alleen-lezen. Integriteit moet in het bestand en de map kunnen schrijven. Vraag uw beheerder om schrijfrechten, of kopieer het bestand naar een eigen map.</translation>
    </message>
    <message>
        <source>Choose a file name for the new database.</source>
        <translation>Kies een bestandsnaam voor de nieuwe database.</translation>
    </message>
    <message>
        <source>The file %1 already exists. Choose another name; an existing file is never overwritten.</source>
        <translation>Het bestand %1 bestaat al. Kies een andere naam; een bestaand bestand wordt nooit overschreven.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>De map %1 kan niet worden aangemaakt.</translation>
    </message>
</context>
<context>
    <name>integriteit::DateLineEdit</name>
    <message>
        <source>dd-mm-yyyy</source>
        <translation>dd-mm-jjjj</translation>
    </message>
    <message>
        <source>Choose a date from the calendar</source>
        <translation>Kies een datum in de kalender</translation>
    </message>
</context>
<context>
    <name>integriteit::DecisionBody</name>
    <message>
        <source>Clerk of the council</source>
        <translation>Griffier</translation>
    </message>
    <message>
        <source>Municipal secretary</source>
        <translation>Gemeentesecretaris</translation>
    </message>
    <message>
        <source>Seniors&apos; council</source>
        <translation>Seniorenconvent</translation>
    </message>
    <message>
        <source>Mayor and aldermen</source>
        <translation>College</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>Toegestaan</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Afgewezen</translation>
    </message>
</context>
<context>
    <name>integriteit::DecisionFields</name>
    <message>
        <source>not decided yet</source>
        <translation>nog niet besloten</translation>
    </message>
    <message>
        <source>Decided &amp;by:</source>
        <translation>Besloten &amp;door:</translation>
    </message>
    <message>
        <source>Decisi&amp;on:</source>
        <translation>Besl&amp;uit:</translation>
    </message>
    <message>
        <source>Date of the decision:</source>
        <translation>Datum van het besluit:</translation>
    </message>
    <message>
        <source>Notes on the decision:</source>
        <translation>Toelichting bij het besluit:</translation>
    </message>
</context>
<context>
    <name>integriteit::DemoGenerator</name>
    <message>
        <source>The database has no municipality yet; set it up first.</source>
        <translation>De database heeft nog geen gemeente; richt die eerst in.</translation>
    </message>
</context>
<context>
    <name>integriteit::EndDateDialog</name>
    <message>
        <source>&amp;End date:</source>
        <translation>&amp;Einddatum:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Einddatum</translation>
    </message>
    <message>
        <source>End date: enter the date on which it ended.</source>
        <translation>Einddatum: vul de datum in waarop het is beëindigd.</translation>
    </message>
</context>
<context>
    <name>integriteit::ExpenseCategories</name>
    <message>
        <source>Name: fill in the name of the kind of cost.</source>
        <translation>Naam: vul de naam van de kostensoort in.</translation>
    </message>
    <message>
        <source>Name: at most 100 characters.</source>
        <translation>Naam: maximaal 100 tekens.</translation>
    </message>
    <message>
        <source>Name: another kind of cost already has this name.</source>
        <translation>Naam: een andere kostensoort heeft deze naam al.</translation>
    </message>
    <message>
        <source>Kind of cost: choose one of the list.</source>
        <translation>Kostensoort: kies er een uit de lijst.</translation>
    </message>
    <message>
        <source>Kind of cost: &quot;%1&quot; is no longer in use; choose another.</source>
        <translation>Kostensoort: &quot;%1&quot; is niet meer in gebruik; kies een andere.</translation>
    </message>
    <message>
        <source>This kind of cost no longer exists.</source>
        <translation>Deze kostensoort bestaat niet meer.</translation>
    </message>
    <message>
        <source>You may not change the kinds of cost: that is done by the administrator or the secretariat.</source>
        <translation>U mag de kostensoorten niet wijzigen: dat doen de beheerder en de secretarie.</translation>
    </message>
    <message>
        <source>Code: use at most 30 small letters, digits, hyphens or underscores, for example &quot;parkeren&quot;.</source>
        <translation>Code: gebruik maximaal 30 kleine letters, cijfers, koppeltekens of liggende streepjes, bijvoorbeeld &quot;parkeren&quot;.</translation>
    </message>
    <message>
        <source>Code: this code is already in use.</source>
        <translation>Code: deze code is al in gebruik.</translation>
    </message>
</context>
<context>
    <name>integriteit::FieldRules</name>
    <message>
        <source>%1: fill this in.</source>
        <translation>%1: vul dit in.</translation>
    </message>
    <message>
        <source>%1: at most %2 characters.</source>
        <translation>%1: ten hoogste %2 tekens.</translation>
    </message>
    <message>
        <source>%1: fill in the date.</source>
        <translation>%1: vul de datum in.</translation>
    </message>
    <message>
        <source>%1: the date cannot be before 1990.</source>
        <translation>%1: de datum kan niet vóór 1990 liggen.</translation>
    </message>
    <message>
        <source>%1: the date cannot be in the future.</source>
        <translation>%1: de datum kan niet in de toekomst liggen.</translation>
    </message>
    <message>
        <source>%1: the date lies more than two years ahead.</source>
        <translation>%1: de datum ligt meer dan twee jaar vooruit.</translation>
    </message>
    <message>
        <source>%1: the date cannot be before the %2.</source>
        <translation>%1: de datum kan niet vóór de datum bij „%2” liggen.</translation>
    </message>
    <message>
        <source>%1: the amount cannot be negative.</source>
        <translation>%1: het bedrag kan niet negatief zijn.</translation>
    </message>
    <message>
        <source>%1: the amount is too large.</source>
        <translation>%1: het bedrag is te groot.</translation>
    </message>
    <message>
        <source>%1: choose a year from 1990 on.</source>
        <translation>%1: kies een jaar vanaf 1990.</translation>
    </message>
</context>
<context>
    <name>integriteit::FileCheck</name>
    <message>
        <source>Checking the database</source>
        <translation>Database controleren</translation>
    </message>
    <message>
        <source>The database file is being checked for damage, once after opening. A large file takes a while; nothing is saved before the check has finished.</source>
        <translation>Het databasebestand wordt na het openen eenmalig op beschadiging gecontroleerd. Bij een groot bestand duurt dat even; er wordt niets opgeslagen voordat de controle klaar is.</translation>
    </message>
</context>
<context>
    <name>integriteit::FinancialInterest</name>
    <message>
        <source>Shares</source>
        <translation>Aandelen</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Opties</translation>
    </message>
    <message>
        <source>Derivatives</source>
        <translation>Derivaten</translation>
    </message>
    <message>
        <source>Bonds</source>
        <translation>Obligaties</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Overig</translation>
    </message>
</context>
<context>
    <name>integriteit::FinancialInterestDialog</name>
    <message>
        <source>New financial interest</source>
        <translation>Nieuw financieel belang</translation>
    </message>
    <message>
        <source>Edit financial interest</source>
        <translation>Financieel belang wijzigen</translation>
    </message>
    <message>
        <source>a company or organisation that does business with the municipality</source>
        <translation>een bedrijf of organisatie die zaken doet met de gemeente</translation>
    </message>
    <message>
        <source>still held</source>
        <translation>nog in bezit</translation>
    </message>
    <message>
        <source>&amp;Office holder:</source>
        <translation>&amp;Ambtsdrager:</translation>
    </message>
    <message>
        <source>&amp;Company or organisation:</source>
        <translation>&amp;Bedrijf of organisatie:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Soort:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Omschrijving:</translation>
    </message>
    <message>
        <source>&amp;Acquired on:</source>
        <translation>&amp;Verworven op:</translation>
    </message>
    <message>
        <source>&amp;Reported on:</source>
        <translation>Ge&amp;meld op:</translation>
    </message>
    <message>
        <source>&amp;Ended on:</source>
        <translation>B&amp;eëindigd op:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notities:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>required for other: say what the interest is</source>
        <translation>verplicht bij overig: beschrijf het belang</translation>
    </message>
    <message>
        <source>for example 500 shares, listed</source>
        <translation>bijvoorbeeld 500 aandelen, beursgenoteerd</translation>
    </message>
    <message>
        <source>Acquired on</source>
        <translation>Verworven op</translation>
    </message>
    <message>
        <source>Reported on</source>
        <translation>Gemeld op</translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation>Beëindigd op</translation>
    </message>
</context>
<context>
    <name>integriteit::FinancialInterestRegister</name>
    <message>
        <source>Financial interests</source>
        <translation>Financiële belangen</translation>
    </message>
    <message>
        <source>&amp;New financial interest…</source>
        <translation>&amp;Nieuw financieel belang…</translation>
    </message>
    <message>
        <source>No financial interests registered yet. Choose New financial interest to add the first.</source>
        <translation>Nog geen financiële belangen geregistreerd. Kies Nieuw financieel belang om het eerste toe te voegen.</translation>
    </message>
    <message>
        <source>Office holder</source>
        <translation>Ambtsdrager</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Functie</translation>
    </message>
    <message>
        <source>Party group</source>
        <translation>Fractie</translation>
    </message>
    <message>
        <source>Company or organisation</source>
        <translation>Bedrijf of organisatie</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>Acquired</source>
        <translation>Verworven</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Gemeld</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Beëindigd</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>niet gemeld</translation>
    </message>
    <message>
        <source>No date of reporting recorded: the public list must be current (GC 2.3).</source>
        <translation>Geen meldingsdatum vastgelegd: de openbare lijst moet actueel zijn (GC 2.3).</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>not reported yet</source>
        <translation>nog niet gemeld</translation>
    </message>
    <message>
        <source>still held</source>
        <translation>nog in bezit</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Add financial interest %1</source>
        <translation>Financieel belang %1 toevoegen</translation>
    </message>
    <message>
        <source>Financial interest in %1 added.</source>
        <translation>Financieel belang in %1 toegevoegd.</translation>
    </message>
    <message>
        <source>Edit financial interest</source>
        <translation>Financieel belang wijzigen</translation>
    </message>
    <message>
        <source>Edit financial interest %1</source>
        <translation>Financieel belang %1 wijzigen</translation>
    </message>
    <message>
        <source>Changes to the financial interest in %1 saved.</source>
        <translation>Wijzigingen in het financieel belang in %1 opgeslagen.</translation>
    </message>
    <message>
        <source>End financial interest</source>
        <translation>Financieel belang beëindigen</translation>
    </message>
    <message>
        <source>On which date did %1 give up the interest in %2 (sold, expired)?</source>
        <translation>Op welke datum heeft %1 het belang in %2 beëindigd (verkocht, vervallen)?</translation>
    </message>
    <message>
        <source>End financial interest %1</source>
        <translation>Financieel belang %1 beëindigen</translation>
    </message>
    <message>
        <source>The financial interest in %1 ended on %2.</source>
        <translation>Het financieel belang in %1 is beëindigd op %2.</translation>
    </message>
    <message>
        <source>Remove financial interest %1</source>
        <translation>Financieel belang %1 verwijderen</translation>
    </message>
    <message>
        <source>Financial interest in %1 removed. Choose Undo to bring it back.</source>
        <translation>Financieel belang in %1 verwijderd. Kies Ongedaan maken om het terug te zetten.</translation>
    </message>
    <message>
        <source>Remove financial interest</source>
        <translation>Financieel belang verwijderen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln financial interest(s)</source>
        <translation>
            <numerusform>%Ln financieel belang</numerusform>
            <numerusform>%Ln financiële belangen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>integriteit::FinancialInterestService</name>
    <message>
        <source>This financial interest no longer exists.</source>
        <translation>Dit financieel belang bestaat niet meer.</translation>
    </message>
    <message>
        <source>This financial interest already exists.</source>
        <translation>Dit financieel belang bestaat al.</translation>
    </message>
    <message>
        <source>Office holder: a financial interest cannot move to another person.</source>
        <translation>Ambtsdrager: een financieel belang kan niet naar een andere persoon worden verplaatst.</translation>
    </message>
    <message>
        <source>Ended: fill in the date.</source>
        <translation>Beëindigd: vul de datum in.</translation>
    </message>
</context>
<context>
    <name>integriteit::FinancialInterestValidator</name>
    <message>
        <source>Office holder: choose the office holder.</source>
        <translation>Ambtsdrager: kies de ambtsdrager.</translation>
    </message>
    <message>
        <source>Company or organisation</source>
        <translation>Onderneming of organisatie</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>Acquired</source>
        <translation>Verworven</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Gemeld</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Beëindigd</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
</context>
<context>
    <name>integriteit::FirstRunWizard</name>
    <message>
        <source>New database — Integriteit</source>
        <translation>Nieuwe database — Integriteit</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>Aan&amp;maken</translation>
    </message>
</context>
<context>
    <name>integriteit::Gift</name>
    <message>
        <source>Kept by the municipality</source>
        <translation>Blijft eigendom van de gemeente</translation>
    </message>
    <message>
        <source>Given to charity</source>
        <translation>Naar een goed doel</translation>
    </message>
    <message>
        <source>Shared with staff</source>
        <translation>Verdeeld onder het personeel</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Teruggegeven</translation>
    </message>
    <message>
        <source>Kept by the recipient</source>
        <translation>Behouden door de ontvanger</translation>
    </message>
</context>
<context>
    <name>integriteit::GiftDialog</name>
    <message>
        <source>Received at the &amp;home address</source>
        <translation>Ontvangen op het &amp;huisadres</translation>
    </message>
    <message>
        <source>New gift</source>
        <translation>Nieuw geschenk</translation>
    </message>
    <message>
        <source>Edit gift</source>
        <translation>Geschenk wijzigen</translation>
    </message>
    <message>
        <source>for example a bottle of wine</source>
        <translation>bijvoorbeeld een fles wijn</translation>
    </message>
    <message>
        <source>0,00</source>
        <translation>0,00</translation>
    </message>
    <message>
        <source>Gifts must not be received at home (GC 5.1.4); if it happens, the seniorenconvent or the college decides (GC 5.1.5).</source>
        <translation>Geschenken worden niet op het huisadres ontvangen (GC 5.1.4); gebeurt dat toch, dan beslist het seniorenconvent of het college (GC 5.1.5).</translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translation>Nog niet besloten</translation>
    </message>
    <message>
        <source>&amp;Office holder:</source>
        <translation>&amp;Ambtsdrager:</translation>
    </message>
    <message>
        <source>&amp;Received on:</source>
        <translation>Ont&amp;vangen op:</translation>
    </message>
    <message>
        <source>&amp;Giver:</source>
        <translation>&amp;Gever:</translation>
    </message>
    <message>
        <source>G&amp;ift:</source>
        <translation>Ge&amp;schenk:</translation>
    </message>
    <message>
        <source>Estimated &amp;value (€):</source>
        <translation>Geschatte &amp;waarde (€):</translation>
    </message>
    <message>
        <source>O&amp;ccasion:</source>
        <translation>Ge&amp;legenheid:</translation>
    </message>
    <message>
        <source>Re&amp;ported on:</source>
        <translation>Ge&amp;meld op:</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Bestemming</translation>
    </message>
    <message>
        <source>&amp;Destination:</source>
        <translation>&amp;Bestemming:</translation>
    </message>
    <message>
        <source>Decided &amp;by:</source>
        <translation>Besloten &amp;door:</translation>
    </message>
    <message>
        <source>Date of the decisio&amp;n:</source>
        <translation>Datum van het besl&amp;uit:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>Opmer&amp;kingen:</translation>
    </message>
    <message>
        <source>Threshold %1: %2.</source>
        <translation>Drempelbedrag %1: %2.</translation>
    </message>
    <message>
        <source>Above the threshold of %1 (%2): the gift must be reported, belongs to the municipality and gets a destination.</source>
        <translation>Boven het drempelbedrag van %1 (%2): het geschenk moet worden gemeld, komt toe aan de gemeente en krijgt een bestemming.</translation>
    </message>
    <message>
        <source>Not above the threshold of %1 (%2).</source>
        <translation>Niet boven het drempelbedrag van %1 (%2).</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Ontvangen op</translation>
    </message>
    <message>
        <source>Estimated value</source>
        <translation>Geschatte waarde</translation>
    </message>
    <message>
        <source>Reported on</source>
        <translation>Gemeld op</translation>
    </message>
    <message>
        <source>Date of the decision</source>
        <translation>Datum besluit</translation>
    </message>
</context>
<context>
    <name>integriteit::GiftRegister</name>
    <message>
        <source>to be decided (above %1)</source>
        <translation>nog te besluiten (boven %1)</translation>
    </message>
    <message>
        <source>to be decided (received at home)</source>
        <translation>nog te besluiten (thuis ontvangen)</translation>
    </message>
    <message>
        <source>not needed (at most %1)</source>
        <translation>niet nodig (ten hoogste %1)</translation>
    </message>
    <message>
        <source>Above the threshold of %1 (%2): the gift belongs to the municipality and needs a destination.</source>
        <translation>Boven het drempelbedrag van %1 (%2): het geschenk komt toe aan de gemeente en heeft een bestemming nodig.</translation>
    </message>
    <message>
        <source>Received at home: the seniorenconvent or the college decides (GC 5.1.5).</source>
        <translation>Thuis ontvangen: het seniorenconvent of het college beslist (GC 5.1.5).</translation>
    </message>
    <message>
        <source>Gifts</source>
        <translation>Geschenken</translation>
    </message>
    <message>
        <source>&amp;New gift…</source>
        <translation>&amp;Nieuw geschenk…</translation>
    </message>
    <message>
        <source>No gifts registered yet. Choose New gift to add the first.</source>
        <translation>Nog geen geschenken geregistreerd. Kies Nieuw geschenk om het eerste toe te voegen.</translation>
    </message>
    <message>
        <source>Office holder</source>
        <translation>Ambtsdrager</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Functie</translation>
    </message>
    <message>
        <source>Party group</source>
        <translation>Fractie</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ontvangen</translation>
    </message>
    <message>
        <source>Giver</source>
        <translation>Gever</translation>
    </message>
    <message>
        <source>Gift</source>
        <translation>Geschenk</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <source>At home</source>
        <translation>Thuis</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Bestemming</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Besloten door</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Estimated value</source>
        <translation>Geschatte waarde</translation>
    </message>
    <message>
        <source>Threshold %1</source>
        <translation>Drempelbedrag %1</translation>
    </message>
    <message>
        <source>%1 — this gift is above it: it must be reported and belongs to the municipality</source>
        <translation>%1 — dit geschenk ligt erboven: het moet worden gemeld en komt toe aan de gemeente</translation>
    </message>
    <message>
        <source>%1 — this gift is not above it</source>
        <translation>%1 — dit geschenk ligt er niet boven</translation>
    </message>
    <message>
        <source>Occasion</source>
        <translation>Gelegenheid</translation>
    </message>
    <message>
        <source>Received at home</source>
        <translation>Thuis ontvangen</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Gemeld</translation>
    </message>
    <message>
        <source>not decided yet</source>
        <translation>nog niet besloten</translation>
    </message>
    <message>
        <source>Date of the decision</source>
        <translation>Datum besluit</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Add gift %1</source>
        <translation>Geschenk %1 toevoegen</translation>
    </message>
    <message>
        <source>Gift from %1 added.</source>
        <translation>Geschenk van %1 toegevoegd.</translation>
    </message>
    <message>
        <source>Edit gift</source>
        <translation>Geschenk wijzigen</translation>
    </message>
    <message>
        <source>Edit gift %1</source>
        <translation>Geschenk %1 wijzigen</translation>
    </message>
    <message>
        <source>Changes to the gift from %1 saved.</source>
        <translation>Wijzigingen in het geschenk van %1 opgeslagen.</translation>
    </message>
    <message>
        <source>Remove gift %1</source>
        <translation>Geschenk %1 verwijderen</translation>
    </message>
    <message>
        <source>Gift from %1 removed. Choose Undo to bring it back.</source>
        <translation>Geschenk van %1 verwijderd. Kies Ongedaan maken om het terug te zetten.</translation>
    </message>
    <message>
        <source>Remove gift</source>
        <translation>Geschenk verwijderen</translation>
    </message>
    <message>
        <source>&amp;Thresholds…</source>
        <translation>&amp;Drempelbedragen…</translation>
    </message>
    <message>
        <source>The value above which a gift must be reported, per year</source>
        <translation>De waarde waarboven een geschenk moet worden gemeld, per jaar</translation>
    </message>
    <message numerus="yes">
        <source>%Ln gift(s)</source>
        <translation>
            <numerusform>%Ln geschenk</numerusform>
            <numerusform>%Ln geschenken</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>integriteit::GiftService</name>
    <message>
        <source>This gift no longer exists.</source>
        <translation>Dit geschenk bestaat niet meer.</translation>
    </message>
    <message>
        <source>This gift already exists.</source>
        <translation>Dit geschenk bestaat al.</translation>
    </message>
    <message>
        <source>Office holder: a gift cannot move to another person.</source>
        <translation>Ambtsdrager: een geschenk kan niet naar een andere persoon worden verplaatst.</translation>
    </message>
</context>
<context>
    <name>integriteit::GiftThresholds</name>
    <message>
        <source>You may not change the gift thresholds.</source>
        <translation>U mag de drempelbedragen voor geschenken niet wijzigen.</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jaar</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Drempelbedrag</translation>
    </message>
    <message>
        <source>There is no threshold for %1.</source>
        <translation>Er is geen drempelbedrag voor %1.</translation>
    </message>
</context>
<context>
    <name>integriteit::GiftThresholdsDialog</name>
    <message>
        <source>&amp;Set amount</source>
        <translation>Bedrag &amp;vastleggen</translation>
    </message>
    <message>
        <source>&amp;Remove year</source>
        <translation>Jaar &amp;verwijderen</translation>
    </message>
    <message>
        <source>Gift thresholds</source>
        <translation>Drempelbedragen geschenken</translation>
    </message>
    <message>
        <source>A gift above the threshold of the year it was received must be reported and belongs to the municipality. A year without its own amount takes the latest earlier one; before any amount the threshold is € 50,00.</source>
        <translation>Een geschenk boven het drempelbedrag van het jaar van ontvangst moet worden gemeld en komt toe aan de gemeente. Een jaar zonder eigen bedrag neemt het laatste eerdere bedrag over; vóór het eerste bedrag is de drempel € 50,00.</translation>
    </message>
    <message>
        <source>From year</source>
        <translation>Vanaf jaar</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Drempelbedrag</translation>
    </message>
    <message>
        <source>52,50</source>
        <translation>52,50</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Jaar:</translation>
    </message>
    <message>
        <source>&amp;Threshold (€):</source>
        <translation>&amp;Drempelbedrag (€):</translation>
    </message>
    <message>
        <source>Only the administrator, the griffie and the secretariat change the thresholds.</source>
        <translation>Alleen de beheerder, de griffie en de secretarie wijzigen de drempelbedragen.</translation>
    </message>
    <message>
        <source>Threshold: &quot;%1&quot; is not an amount. Write it in euros, for example 52,50.</source>
        <translation>Drempelbedrag: &quot;%1&quot; is geen bedrag. Schrijf het in euro&apos;s, bijvoorbeeld 52,50.</translation>
    </message>
    <message>
        <source>The threshold from %1 is now %2.</source>
        <translation>Het drempelbedrag vanaf %1 is nu %2.</translation>
    </message>
    <message>
        <source>The threshold of %1 was removed; that year takes the latest earlier one.</source>
        <translation>Het drempelbedrag van %1 is verwijderd; dat jaar neemt het laatste eerdere bedrag over.</translation>
    </message>
    <message>
        <source>Set gift threshold %1</source>
        <translation>Drempelbedrag geschenken %1 instellen</translation>
    </message>
    <message>
        <source>Remove gift threshold %1</source>
        <translation>Drempelbedrag geschenken %1 verwijderen</translation>
    </message>
</context>
<context>
    <name>integriteit::GiftValidator</name>
    <message>
        <source>Office holder: choose the office holder.</source>
        <translation>Ambtsdrager: kies de ambtsdrager.</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ontvangen</translation>
    </message>
    <message>
        <source>Giver</source>
        <translation>Gever</translation>
    </message>
    <message>
        <source>Gift</source>
        <translation>Geschenk</translation>
    </message>
    <message>
        <source>Estimated value</source>
        <translation>Geschatte waarde</translation>
    </message>
    <message>
        <source>Occasion</source>
        <translation>Aanleiding</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Gemeld</translation>
    </message>
    <message>
        <source>Reported: a gift above %1 (the threshold of %2) must be reported; fill in the date.</source>
        <translation>Gemeld: een geschenk boven %1 (het drempelbedrag van %2) moet worden gemeld; vul de datum in.</translation>
    </message>
    <message>
        <source>Destination: choose the destination.</source>
        <translation>Bestemming: kies de bestemming.</translation>
    </message>
    <message>
        <source>Decided by: choose who decided on the destination.</source>
        <translation>Besloten door: kies wie over de bestemming heeft besloten.</translation>
    </message>
    <message>
        <source>Date of the decision</source>
        <translation>Datum besluit</translation>
    </message>
    <message>
        <source>Destination: a gift above %1 belongs to the municipality and cannot be kept by the recipient.</source>
        <translation>Bestemming: een geschenk boven %1 is eigendom van de gemeente en kan niet door de ontvanger worden behouden.</translation>
    </message>
    <message>
        <source>Decided by: for this office holder that is the %1 or the %2.</source>
        <translation>Besloten door: kies voor deze ambtsdrager %1 of %2.</translation>
    </message>
    <message>
        <source>Decided by: a gift received at home is decided on by the %1 (GC 5.1.5).</source>
        <translation>Besloten door: over een op het huisadres ontvangen geschenk besluit het %1 (GC 5.1.5).</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
</context>
<context>
    <name>integriteit::IntegrityCheck</name>
    <message>
        <source>Database structure: %1</source>
        <translation>Structuur van de database: %1</translation>
    </message>
    <message>
        <source>Reference: row %1 of table %2 points to a missing row in %3.</source>
        <translation>Verwijzing: regel %1 van tabel %2 verwijst naar een ontbrekende regel in %3.</translation>
    </message>
    <message>
        <source>Audit trail: row %1 was changed or a row before it was removed.</source>
        <translation>Audittrail: regel %1 is gewijzigd, of een regel ervoor is verwijderd.</translation>
    </message>
</context>
<context>
    <name>integriteit::InventoryConfirmationDialog</name>
    <message>
        <source>Confirmed &amp;as registered</source>
        <translation>Bevestigd &amp;zoals geregistreerd</translation>
    </message>
    <message>
        <source>Co&amp;rrected or supplemented</source>
        <translation>Ge&amp;corrigeerd of aangevuld</translation>
    </message>
    <message>
        <source>Inventory %1 of %2</source>
        <translation>Inventarisatie %1 van %2</translation>
    </message>
    <message>
        <source>what the office holder corrected or added; record the positions themselves under Side positions</source>
        <translation>wat de ambtsdrager heeft gecorrigeerd of aangevuld; leg de functies zelf vast onder Nevenfuncties</translation>
    </message>
    <message>
        <source>&amp;Confirmed on:</source>
        <translation>&amp;Bevestigd op:</translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation>Antwoord:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notities:</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Vastleggen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Confirmed on: &quot;%1&quot; is not a date. Write it as dd-mm-yyyy, for example 15-10-2026.</source>
        <translation>Bevestigd op: &quot;%1&quot; is geen datum. Schrijf de datum als dd-mm-jjjj, bijvoorbeeld 15-10-2026.</translation>
    </message>
</context>
<context>
    <name>integriteit::InventoryModel</name>
    <message>
        <source>Office holder</source>
        <translation>Ambtsdrager</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Functie</translation>
    </message>
    <message>
        <source>Party group</source>
        <translation>Fractie</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Confirmed on</source>
        <translation>Bevestigd op</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Not confirmed</source>
        <translation>Niet bevestigd</translation>
    </message>
    <message>
        <source>Corrected</source>
        <translation>Gecorrigeerd</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Bevestigd</translation>
    </message>
</context>
<context>
    <name>integriteit::InventoryOverviewPdf</name>
    <message>
        <source>Inventory of side positions %1</source>
        <translation>Inventarisatie nevenfuncties %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>ex officio</source>
        <translation>ambtshalve</translation>
    </message>
    <message>
        <source>personal</source>
        <translation>persoonlijk</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>bezoldigd</translation>
    </message>
    <message>
        <source>unpaid</source>
        <translation>onbezoldigd</translation>
    </message>
    <message>
        <source>Municipality of %1</source>
        <translation>Gemeente %1</translation>
    </message>
    <message>
        <source>Under the code of conduct (GC 3.4) the side positions of every office holder are checked once a year. Below are the side positions registered for you that ran during %1. Please check them, note any correction or missing position, and return this overview signed.</source>
        <translation>Volgens de gedragscode (GC 3.4) worden de nevenfuncties van iedere ambtsdrager eenmaal per jaar nagelopen. Hieronder staan de nevenfuncties die voor u zijn geregistreerd en die in %1 liepen. Wilt u ze controleren, correcties of ontbrekende functies noteren en dit overzicht ondertekend terugsturen?</translation>
    </message>
    <message>
        <source>No side positions are registered for you in %1.</source>
        <translation>Voor u zijn in %1 geen nevenfuncties geregistreerd.</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Nevenfunctie</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Begindatum</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Einddatum</translation>
    </message>
    <message>
        <source>Corrections and additions:</source>
        <translation>Correcties en aanvullingen:</translation>
    </message>
    <message>
        <source>I declare that this overview, with the corrections above, is complete and correct.</source>
        <translation>Ik verklaar dat dit overzicht, met de correcties hierboven, volledig en juist is.</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Datum:</translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation>Handtekening:</translation>
    </message>
    <message>
        <source>Printed on %1. Please return to the clerk of the council or the municipal secretary.</source>
        <translation>Afgedrukt op %1. Graag terugsturen aan de griffier of de gemeentesecretaris.</translation>
    </message>
    <message>
        <source>The overview cannot be saved as &quot;%1&quot;: %2</source>
        <translation>Het overzicht kan niet worden opgeslagen als &quot;%1&quot;: %2</translation>
    </message>
</context>
<context>
    <name>integriteit::InventoryPage</name>
    <message>
        <source>Only &amp;not confirmed</source>
        <translation>Alleen &amp;niet bevestigd</translation>
    </message>
    <message>
        <source>&amp;Record confirmation…</source>
        <translation>Bevestiging &amp;vastleggen…</translation>
    </message>
    <message>
        <source>&amp;Print overview…</source>
        <translation>Overzicht &amp;afdrukken…</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jaar</translation>
    </message>
    <message>
        <source>For the &amp;selected office holder…</source>
        <translation>Voor de &amp;geselecteerde ambtsdrager…</translation>
    </message>
    <message>
        <source>For &amp;everybody who has not confirmed…</source>
        <translation>Voor &amp;iedereen die nog niet heeft bevestigd…</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Jaar:</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>Inventarisatie</translation>
    </message>
    <message>
        <source>%1 not confirmed</source>
        <translation>%1 niet bevestigd</translation>
    </message>
    <message>
        <source>%1 office holders, %2 not confirmed</source>
        <translation>%1 ambtsdragers, %2 niet bevestigd</translation>
    </message>
    <message>
        <source>Everybody has confirmed the inventory of %1.</source>
        <translation>Iedereen heeft de inventarisatie van %1 bevestigd.</translation>
    </message>
    <message>
        <source>Nobody held office in %1.</source>
        <translation>In %1 was niemand in functie.</translation>
    </message>
    <message>
        <source>&amp;Change confirmation…</source>
        <translation>Bevestiging &amp;wijzigen…</translation>
    </message>
    <message>
        <source>Select an office holder first.</source>
        <translation>Selecteer eerst een ambtsdrager.</translation>
    </message>
    <message>
        <source>This office holder is kept by another office.</source>
        <translation>Deze ambtsdrager wordt door de andere afdeling bijgehouden (griffie of secretarie).</translation>
    </message>
    <message>
        <source>Record inventory %1 of %2</source>
        <translation>Inventarisatie %1 van %2 vastleggen</translation>
    </message>
    <message>
        <source>The confirmation of %1 has been recorded.</source>
        <translation>De bevestiging van %1 is vastgelegd.</translation>
    </message>
    <message>
        <source>Change inventory %1 of %2</source>
        <translation>Inventarisatie %1 van %2 wijzigen</translation>
    </message>
    <message>
        <source>The confirmation of %1 has been changed.</source>
        <translation>De bevestiging van %1 is gewijzigd.</translation>
    </message>
    <message>
        <source>Print overviews</source>
        <translation>Overzichten afdrukken</translation>
    </message>
    <message>
        <source>Everybody has confirmed the inventory of %1: there is nothing to print.</source>
        <translation>Iedereen heeft de inventarisatie van %1 bevestigd: er valt niets af te drukken.</translation>
    </message>
</context>
<context>
    <name>integriteit::InventoryPrinter</name>
    <message>
        <source>Print overview</source>
        <translation>Overzicht afdrukken</translation>
    </message>
    <message>
        <source>Save overview as PDF</source>
        <translation>Overzicht opslaan als pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Pdf-bestanden (*.pdf)</translation>
    </message>
    <message>
        <source>The overview of %1 has been saved as %2.</source>
        <translation>Het overzicht van %1 is opgeslagen als %2.</translation>
    </message>
    <message>
        <source>Folder for the overviews</source>
        <translation>Map voor de overzichten</translation>
    </message>
    <message>
        <source>Saving the overviews…</source>
        <translation>De overzichten worden opgeslagen…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Print overviews</source>
        <translation>Overzichten afdrukken</translation>
    </message>
    <message>
        <source>%1 of %2 overviews saved in %3.</source>
        <translation>%1 van %2 overzichten opgeslagen in %3.</translation>
    </message>
</context>
<context>
    <name>integriteit::InventoryService</name>
    <message>
        <source>This office holder no longer exists.</source>
        <translation>Deze ambtsdrager bestaat niet meer.</translation>
    </message>
    <message>
        <source>You may not change the start of the yearly inventory.</source>
        <translation>U mag het begin van de jaarlijkse inventarisatie niet wijzigen.</translation>
    </message>
    <message>
        <source>Start of the inventory: choose a day that exists in every year.</source>
        <translation>Begin inventarisatie: kies een dag die elk jaar bestaat.</translation>
    </message>
    <message>
        <source>This confirmation no longer exists.</source>
        <translation>Deze bevestiging bestaat niet meer.</translation>
    </message>
    <message>
        <source>Office holder: choose the office holder.</source>
        <translation>Ambtsdrager: kies de ambtsdrager.</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jaar</translation>
    </message>
    <message>
        <source>Year: the inventory is confirmed for a past or the current year.</source>
        <translation>Jaar: de inventarisatie wordt bevestigd voor een verstreken of het huidige jaar.</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Bevestigd</translation>
    </message>
    <message>
        <source>Confirmed: the inventory of %1 cannot be confirmed before that year.</source>
        <translation>Bevestigd: de inventarisatie van %1 kan niet vóór dat jaar worden bevestigd.</translation>
    </message>
    <message>
        <source>Notes: say what the office holder corrected.</source>
        <translation>Opmerkingen: vermeld wat de ambtsdrager heeft gecorrigeerd.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Year: the inventory of %1 is already confirmed; change that record.</source>
        <translation>Jaar: de inventarisatie van %1 is al bevestigd; wijzig die bevestiging.</translation>
    </message>
    <message>
        <source>This confirmation already exists.</source>
        <translation>Deze bevestiging bestaat al.</translation>
    </message>
    <message>
        <source>Year: the person and year of a confirmation cannot change.</source>
        <translation>Jaar: persoon en jaar van een bevestiging kunnen niet veranderen.</translation>
    </message>
</context>
<context>
    <name>integriteit::Invitation</name>
    <message>
        <source>Lunch</source>
        <translation>Lunch</translation>
    </message>
    <message>
        <source>Dinner</source>
        <translation>Diner</translation>
    </message>
    <message>
        <source>Reception</source>
        <translation>Receptie</translation>
    </message>
    <message>
        <source>Excursion</source>
        <translation>Excursie</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evenement</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Overig</translation>
    </message>
</context>
<context>
    <name>integriteit::InvitationDialog</name>
    <message>
        <source>&amp;Functional: part of the office (GC 5.2.1)</source>
        <translation>&amp;Functioneel: hoort bij het ambt (GC 5.2.1)</translation>
    </message>
    <message>
        <source>A&amp;ccepted</source>
        <translation>&amp;Aangenomen</translation>
    </message>
    <message>
        <source>Prior decision (GC 5.2.2)</source>
        <translation>Besluit vooraf (GC 5.2.2)</translation>
    </message>
    <message>
        <source>New invitation</source>
        <translation>Nieuwe uitnodiging</translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation>Uitnodiging</translation>
    </message>
    <message>
        <source>who invites and pays</source>
        <translation>wie uitnodigt en betaalt</translation>
    </message>
    <message>
        <source>for example dinner after the opening of the harbour</source>
        <translation>bijvoorbeeld diner na de opening van de haven</translation>
    </message>
    <message>
        <source>when known, for example 75,00</source>
        <translation>indien bekend, bijvoorbeeld 75,00</translation>
    </message>
    <message>
        <source>&amp;Office holder:</source>
        <translation>&amp;Ambtsdrager:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Gastheer:</translation>
    </message>
    <message>
        <source>&amp;Invitation:</source>
        <translation>&amp;Uitnodiging:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Soort:</translation>
    </message>
    <message>
        <source>Estimated &amp;value:</source>
        <translation>Geschatte &amp;waarde:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notities:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>This invitation is kept by another office: you can read it, not change it.</source>
        <translation>Deze uitnodiging wordt door een ander bureau bijgehouden: u kunt haar lezen, niet wijzigen.</translation>
    </message>
    <message>
        <source>An excursion or event is discussed beforehand in the seniors&apos; council (council members) or the college (mayor and aldermen); record their decision.</source>
        <translation>Een excursie of evenement wordt vooraf besproken in het seniorenconvent (raadsleden) of het college (burgemeester en wethouders); leg hun besluit vast.</translation>
    </message>
    <message>
        <source>A lunch, dinner or reception needs no prior decision; record one when the invitation was discussed anyway.</source>
        <translation>Een lunch, diner of receptie heeft geen besluit vooraf nodig; leg er een vast als de uitnodiging toch is besproken.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Estimated value</source>
        <translation>Geschatte waarde</translation>
    </message>
    <message>
        <source>Date of the decision</source>
        <translation>Datum besluit</translation>
    </message>
</context>
<context>
    <name>integriteit::InvitationRegister</name>
    <message>
        <source>Invitations</source>
        <translation>Uitnodigingen</translation>
    </message>
    <message>
        <source>&amp;New invitation…</source>
        <translation>&amp;Nieuwe uitnodiging…</translation>
    </message>
    <message>
        <source>No invitations registered yet. Choose New invitation to add the first.</source>
        <translation>Nog geen uitnodigingen geregistreerd. Kies Nieuwe uitnodiging om de eerste toe te voegen.</translation>
    </message>
    <message>
        <source>An excursion or event is discussed beforehand in the seniors&apos; council or the college (GC 5.2.2); no decision is recorded yet.</source>
        <translation>Een excursie of evenement wordt vooraf besproken in het seniorenconvent of het college (GC 5.2.2); er is nog geen besluit vastgelegd.</translation>
    </message>
    <message>
        <source>%1 by the %2 on %3</source>
        <translation>%1 door het %2 op %3</translation>
    </message>
    <message>
        <source>Office holder</source>
        <translation>Ambtsdrager</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Functie</translation>
    </message>
    <message>
        <source>Party group</source>
        <translation>Fractie</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Gastheer</translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation>Uitnodiging</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Functional</source>
        <translation>Functioneel</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aangenomen</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Besluit</translation>
    </message>
    <message>
        <source>needed</source>
        <translation>nodig</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Estimated value</source>
        <translation>Geschatte waarde</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>niet bekend</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>Notes on the decision</source>
        <translation>Toelichting bij het besluit</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Attention</source>
        <translation>Aandacht</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Besloten door</translation>
    </message>
    <message>
        <source>Date of the decision</source>
        <translation>Datum besluit</translation>
    </message>
    <message>
        <source>Add invitation of %1</source>
        <translation>Uitnodiging van %1 toevoegen</translation>
    </message>
    <message>
        <source>Invitation of %1 added.</source>
        <translation>Uitnodiging van %1 toegevoegd.</translation>
    </message>
    <message>
        <source>Edit invitation</source>
        <translation>Uitnodiging wijzigen</translation>
    </message>
    <message>
        <source>Edit invitation of %1</source>
        <translation>Uitnodiging van %1 wijzigen</translation>
    </message>
    <message>
        <source>Changes to the invitation of %1 saved.</source>
        <translation>Wijzigingen in de uitnodiging van %1 opgeslagen.</translation>
    </message>
    <message>
        <source>Remove invitation of %1</source>
        <translation>Uitnodiging van %1 verwijderen</translation>
    </message>
    <message>
        <source>Invitation of %1 removed. Choose Undo to bring it back.</source>
        <translation>Uitnodiging van %1 verwijderd. Kies Ongedaan maken om haar terug te halen.</translation>
    </message>
    <message>
        <source>Remove invitation</source>
        <translation>Uitnodiging verwijderen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln invitation(s)</source>
        <translation>
            <numerusform>%Ln uitnodiging</numerusform>
            <numerusform>%Ln uitnodigingen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>integriteit::InvitationService</name>
    <message>
        <source>This invitation no longer exists.</source>
        <translation>Deze uitnodiging bestaat niet meer.</translation>
    </message>
    <message>
        <source>This invitation already exists.</source>
        <translation>Deze uitnodiging bestaat al.</translation>
    </message>
    <message>
        <source>Office holder: an invitation cannot move to another person.</source>
        <translation>Ambtsdrager: een uitnodiging kan niet naar een andere persoon worden verplaatst.</translation>
    </message>
</context>
<context>
    <name>integriteit::InvitationValidator</name>
    <message>
        <source>Office holder: choose the office holder.</source>
        <translation>Ambtsdrager: kies de ambtsdrager.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Gastheer</translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation>Uitnodiging</translation>
    </message>
    <message>
        <source>Estimated value</source>
        <translation>Geschatte waarde</translation>
    </message>
    <message>
        <source>Accepted: an invitation that is not part of the office is declined (GC 5.2.1).</source>
        <translation>Geaccepteerd: een uitnodiging die niet tot de uitoefening van de functie behoort, wordt afgeslagen (GC 5.2.1).</translation>
    </message>
    <message>
        <source>Decision: choose allowed or refused.</source>
        <translation>Besluit: kies toegestaan of afgewezen.</translation>
    </message>
    <message>
        <source>Decided by: choose who decided.</source>
        <translation>Besloten door: kies wie heeft besloten.</translation>
    </message>
    <message>
        <source>Date of the decision</source>
        <translation>Datum besluit</translation>
    </message>
    <message>
        <source>Decided by: for this office holder that is the %1.</source>
        <translation>Besloten door: voor deze ambtsdrager besluit het %1.</translation>
    </message>
    <message>
        <source>Date of the decision: an excursion or event is discussed beforehand (GC 5.2.2), so the decision cannot be after the date of the invitation.</source>
        <translation>Datum besluit: een excursie of evenement wordt vooraf besproken (GC 5.2.2), dus het besluit kan niet na de datum van de uitnodiging liggen.</translation>
    </message>
    <message>
        <source>Accepted: the invitation was refused, so it cannot have been accepted.</source>
        <translation>Geaccepteerd: de uitnodiging is afgewezen en kan dus niet zijn geaccepteerd.</translation>
    </message>
    <message>
        <source>Notes on the decision</source>
        <translation>Toelichting bij het besluit</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
</context>
<context>
    <name>integriteit::InvoiceFiles</name>
    <message>
        <source>Save invoice %1</source>
        <translation>Factuur %1 opslaan</translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
        <translation>OpenDocument-tekst (*.odt)</translation>
    </message>
</context>
<context>
    <name>integriteit::InvoiceLetter</name>
    <message>
        <source>The letter template is missing from this installation.</source>
        <translation>Het briefsjabloon ontbreekt in deze installatie.</translation>
    </message>
    <message>
        <source>The letter template is damaged.</source>
        <translation>Het briefsjabloon is beschadigd.</translation>
    </message>
    <message>
        <source>%1 Invoice %2</source>
        <translation>%1 Factuur %2</translation>
    </message>
    <message>
        <source>Municipality of %1</source>
        <translation>Gemeente %1</translation>
    </message>
    <message>
        <source>c/o town hall, %1</source>
        <translation>p/a gemeentehuis %1</translation>
    </message>
    <message>
        <source>Invoice for private costs paid with the municipal credit card</source>
        <translation>Factuur voor privékosten betaald met de creditcard van de gemeente</translation>
    </message>
    <message>
        <source>Invoice number</source>
        <translation>Factuurnummer</translation>
    </message>
    <message>
        <source>Invoice date</source>
        <translation>Factuurdatum</translation>
    </message>
    <message>
        <source>Pay before</source>
        <translation>Te betalen vóór</translation>
    </message>
    <message>
        <source>Credit card</source>
        <translation>Creditcard</translation>
    </message>
    <message>
        <source>Dear %1,</source>
        <translation>Geachte %1,</translation>
    </message>
    <message>
        <source>The check of the payments made with your municipal credit card showed that the costs below are for your own account (article 9.15 of the code of conduct). We therefore charge you this amount.</source>
        <translation>Bij de controle van de betalingen met uw creditcard van de gemeente is gebleken dat de onderstaande kosten voor uw eigen rekening komen (artikel 9.15 van de gedragscode). Wij brengen u dit bedrag daarom in rekening.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>Paid by card</source>
        <translation>Betaald met de kaart</translation>
    </message>
    <message>
        <source>For your account</source>
        <translation>Voor uw rekening</translation>
    </message>
    <message>
        <source>Total to pay</source>
        <translation>Totaal te betalen</translation>
    </message>
    <message>
        <source>Explanation: %1</source>
        <translation>Toelichting: %1</translation>
    </message>
    <message>
        <source>Please transfer %1 before %2 to account %3 in the name of the municipality of %4, stating invoice number %5.</source>
        <translation>Wij verzoeken u %1 vóór %2 over te maken op rekening %3 ten name van de gemeente %4, onder vermelding van factuurnummer %5.</translation>
    </message>
    <message>
        <source>If you have questions about this invoice, please contact %1.</source>
        <translation>Hebt u vragen over deze factuur, neem dan contact op met %1.</translation>
    </message>
    <message>
        <source>Yours sincerely,</source>
        <translation>Met vriendelijke groet,</translation>
    </message>
</context>
<context>
    <name>integriteit::InvoiceLetterService</name>
    <message>
        <source>The municipality&apos;s bank account (IBAN) is not in the settings yet, so the invoice cannot say where to pay. Ask the administrator to fill it in under Settings.</source>
        <translation>Het rekeningnummer (IBAN) van de gemeente staat nog niet in de instellingen, dus de factuur kan niet vermelden waar betaald moet worden. Vraag de beheerder het in te vullen onder Instellingen.</translation>
    </message>
    <message>
        <source>Clerk of the council</source>
        <translation>Griffier</translation>
    </message>
    <message>
        <source>Municipal secretary</source>
        <translation>Gemeentesecretaris</translation>
    </message>
    <message>
        <source>Invoice %1</source>
        <translation>Factuur %1</translation>
    </message>
</context>
<context>
    <name>integriteit::InvoicePaidDialog</name>
    <message>
        <source>Invoice paid</source>
        <translation>Factuur betaald</translation>
    </message>
    <message>
        <source>Invoice:</source>
        <translation>Factuur:</translation>
    </message>
    <message>
        <source>%1 of %2, %3</source>
        <translation>%1 van %2, %3</translation>
    </message>
    <message>
        <source>&amp;Paid on:</source>
        <translation>&amp;Betaald op:</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Bezoldigd</translation>
    </message>
    <message>
        <source>Paid on: fill in the date the amount was received.</source>
        <translation>Betaald op: vul de datum in waarop het bedrag is ontvangen.</translation>
    </message>
</context>
<context>
    <name>integriteit::JudgeDialog</name>
    <message>
        <source>&amp;Business: the municipality bears the cost</source>
        <translation>&amp;Zakelijk: de gemeente draagt de kosten</translation>
    </message>
    <message>
        <source>&amp;Private, in full or in part: an invoice to the holder (GC 9.15)</source>
        <translation>&amp;Privé, geheel of gedeeltelijk: een factuur aan de kaarthouder (GC 9.15)</translation>
    </message>
    <message>
        <source>Judge card payment</source>
        <translation>Kaartbetaling beoordelen</translation>
    </message>
    <message>
        <source>Required for private costs: why they are for the holder&apos;s account</source>
        <translation>Verplicht bij privékosten: waarom ze voor rekening van de kaarthouder komen</translation>
    </message>
    <message>
        <source>Payment:</source>
        <translation>Betaling:</translation>
    </message>
    <message>
        <source>%1 at %2: %3</source>
        <translation>%1 bij %2: %3</translation>
    </message>
    <message>
        <source>Judgement:</source>
        <translation>Oordeel:</translation>
    </message>
    <message>
        <source>Private &amp;part (€):</source>
        <translation>Privé&amp;deel (€):</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Toelichting:</translation>
    </message>
    <message>
        <source>&amp;Judged on:</source>
        <translation>Beoordeeld &amp;op:</translation>
    </message>
    <message>
        <source>Judge</source>
        <translation>Beoordelen</translation>
    </message>
    <message>
        <source>Judged on: fill in the date of the judgement.</source>
        <translation>Beoordeeld op: vul de datum van het oordeel in.</translation>
    </message>
    <message>
        <source>Private part: write an amount in euros, for example 25,00.</source>
        <translation>Privédeel: schrijf een bedrag in euro, bijvoorbeeld 25,00.</translation>
    </message>
</context>
<context>
    <name>integriteit::LocationPage</name>
    <message>
        <source>Database location</source>
        <translation>Locatie van de database</translation>
    </message>
    <message>
        <source>Integriteit keeps all data in one database file. Choose a place that is included in the backups of your organisation.</source>
        <translation>Integriteit bewaart alle gegevens in één databasebestand. Kies een plek die wordt meegenomen in de back-ups van uw organisatie.</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Kiezen…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Bestand:</translation>
    </message>
    <message>
        <source>Use a folder on this computer&apos;s own disk. A network share cannot guarantee that changes are saved, so Integriteit refuses it.</source>
        <translation>Gebruik een map op de eigen schijf van deze computer. Op een netwerkschijf is niet gegarandeerd dat wijzigingen worden opgeslagen; Integriteit weigert die daarom.</translation>
    </message>
    <message>
        <source>Click Create to make the database and log in as the administrator.</source>
        <translation>Klik op Aanmaken om de database te maken en als beheerder in te loggen.</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Nieuwe database</translation>
    </message>
    <message>
        <source>Integriteit databases (*.sqlite);;All files (*)</source>
        <translation>Integriteit-databases (*.sqlite);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>File: choose where the database is kept.</source>
        <translation>Bestand: kies waar de database wordt bewaard.</translation>
    </message>
    <message>
        <source>File: %1 already exists. Choose another name; Integriteit never overwrites an existing file.</source>
        <translation>Bestand: %1 bestaat al. Kies een andere naam; Integriteit overschrijft nooit een bestaand bestand.</translation>
    </message>
</context>
<context>
    <name>integriteit::LoginDialog</name>
    <message>
        <source>Log in — Integriteit</source>
        <translation>Inloggen — Integriteit</translation>
    </message>
    <message>
        <source>Integriteit</source>
        <translation>Integriteit</translation>
    </message>
    <message>
        <source>Municipality of %1</source>
        <translation>Gemeente %1</translation>
    </message>
    <message>
        <source>Integrity registers of political office holders</source>
        <translation>Integriteitsregisters van politieke ambtsdragers</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Gebruikersnaam:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>&amp;Inloggen</translation>
    </message>
    <message>
        <source>&amp;Other database…</source>
        <translation>Andere &amp;database…</translation>
    </message>
    <message>
        <source>Fill in your user name.</source>
        <translation>Vul uw gebruikersnaam in.</translation>
    </message>
</context>
<context>
    <name>integriteit::MainWindow</name>
    <message>
        <source>Areas</source>
        <translation>Onderdelen</translation>
    </message>
    <message>
        <source>Office holders</source>
        <translation>Ambtsdragers</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Gebruikers</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;Nieuwe database…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>Database &amp;openen…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Instellingen…</translation>
    </message>
    <message>
        <source>&amp;Change password…</source>
        <translation>&amp;Wachtwoord wijzigen…</translation>
    </message>
    <message>
        <source>&amp;Log out / switch user</source>
        <translation>&amp;Afmelden / andere gebruiker</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>A&amp;fsluiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>O&amp;pnieuw</translation>
    </message>
    <message>
        <source>&amp;About Integriteit</source>
        <translation>&amp;Over Integriteit</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Recent files</source>
        <translation>&amp;Recente bestanden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hoofdwerkbalk</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Logged in as %1</source>
        <translation>Ingelogd als %1</translation>
    </message>
    <message>
        <source>Integriteit — %1</source>
        <translation>Integriteit — %1</translation>
    </message>
    <message>
        <source>Integriteit — %1 — %2</source>
        <translation>Integriteit — %1 — %2</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Geen recente bestanden</translation>
    </message>
    <message>
        <source>&amp;Clear list</source>
        <translation>&amp;Lijst wissen</translation>
    </message>
    <message>
        <source>The settings have been saved.</source>
        <translation>De instellingen zijn opgeslagen.</translation>
    </message>
    <message>
        <source>Your password has been changed.</source>
        <translation>Uw wachtwoord is gewijzigd.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>The new language takes effect the next time you start Integriteit.</source>
        <translation>De nieuwe taal gaat in wanneer u Integriteit de volgende keer start.</translation>
    </message>
    <message>
        <source>Points for attention</source>
        <translation>Aandachtspunten</translation>
    </message>
    <message>
        <source>Expense claims</source>
        <translation>Declaraties</translation>
    </message>
    <message>
        <source>Credit cards</source>
        <translation>Creditcards</translation>
    </message>
    <message>
        <source>Claim overviews</source>
        <translation>Declaratieoverzichten</translation>
    </message>
    <message>
        <source>Open record</source>
        <translation>Gegeven openen</translation>
    </message>
    <message>
        <source>This record cannot be shown here.</source>
        <translation>Deze registratie kan hier niet worden getoond.</translation>
    </message>
    <message>
        <source>The record no longer exists.</source>
        <translation>De registratie bestaat niet meer.</translation>
    </message>
    <message>
        <source>Settlement</source>
        <translation>Verrekening</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>Inventarisatie</translation>
    </message>
    <message>
        <source>Registers</source>
        <translation>Registers</translation>
    </message>
    <message>
        <source>Registers (%1)</source>
        <translation>Registers (%1)</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importeren…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporteren…</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Zoeken</translation>
    </message>
    <message>
        <source>Search the list of this area</source>
        <translation>Zoek in de lijst van dit onderdeel</translation>
    </message>
    <message numerus="yes">
        <source>%Ln point(s) for attention</source>
        <translation>
            <numerusform>%Ln aandachtspunt</numerusform>
            <numerusform>%Ln aandachtspunten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln office holder(s)</source>
        <translation>
            <numerusform>%Ln ambtsdrager</numerusform>
            <numerusform>%Ln ambtsdragers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s)</source>
        <translation>
            <numerusform>%Ln declaratie</numerusform>
            <numerusform>%Ln declaraties</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln credit card(s)</source>
        <translation>
            <numerusform>%Ln creditcard</numerusform>
            <numerusform>%Ln creditcards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln user(s)</source>
        <translation>
            <numerusform>%Ln gebruiker</numerusform>
            <numerusform>%Ln gebruikers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>integriteit::Migrator</name>
    <message>
        <source>The database could not be upgraded.</source>
        <translation>De database kon niet worden bijgewerkt.</translation>
    </message>
    <message>
        <source>The database could not be upgraded to version %1. It has been left at version %2.</source>
        <translation>De database kon niet worden bijgewerkt naar versie %1. Hij is op versie %2 gebleven.</translation>
    </message>
</context>
<context>
    <name>integriteit::MunicipalityForm</name>
    <message>
        <source>&amp;Municipality:</source>
        <translation>&amp;Gemeente:</translation>
    </message>
    <message>
        <source>For example: Beek</source>
        <translation>Bijvoorbeeld: Beek</translation>
    </message>
    <message>
        <source>Choose a province</source>
        <translation>Kies een provincie</translation>
    </message>
    <message>
        <source>&amp;Province:</source>
        <translation>&amp;Provincie:</translation>
    </message>
    <message>
        <source>C&amp;lerk of the council:</source>
        <translation>Gri&amp;ffier:</translation>
    </message>
    <message>
        <source>Name of the clerk of the council</source>
        <translation>Naam van de griffier</translation>
    </message>
    <message>
        <source>Municipal sec&amp;retary:</source>
        <translation>Gemeentes&amp;ecretaris:</translation>
    </message>
    <message>
        <source>Name of the municipal secretary</source>
        <translation>Naam van de gemeentesecretaris</translation>
    </message>
    <message>
        <source>M&amp;ayor:</source>
        <translation>B&amp;urgemeester:</translation>
    </message>
    <message>
        <source>Name of the mayor</source>
        <translation>Naam van de burgemeester</translation>
    </message>
    <message>
        <source>&amp;Deputy chair of the council:</source>
        <translation>Plaatsvervangend voorzitter van de raa&amp;d:</translation>
    </message>
    <message>
        <source>Name of the deputy chair</source>
        <translation>Naam van de plaatsvervangend voorzitter</translation>
    </message>
    <message>
        <source>P&amp;ostal address:</source>
        <translation>P&amp;ostadres:</translation>
    </message>
    <message>
        <source>For example: Postbus 20</source>
        <translation>Bijvoorbeeld: Postbus 20</translation>
    </message>
    <message>
        <source>Postcode and &amp;town:</source>
        <translation>Postcode en &amp;plaats:</translation>
    </message>
    <message>
        <source>For example: 6190 AA Beek</source>
        <translation>Bijvoorbeeld: 6190 AA Beek</translation>
    </message>
    <message>
        <source>&amp;Bank account (IBAN):</source>
        <translation>&amp;Rekeningnummer (IBAN):</translation>
    </message>
    <message>
        <source>The account invoices are paid to</source>
        <translation>De rekening waarop facturen worden betaald</translation>
    </message>
</context>
<context>
    <name>integriteit::MunicipalityPage</name>
    <message>
        <source>Welcome to Integriteit</source>
        <translation>Welkom bij Integriteit</translation>
    </message>
    <message>
        <source>Integriteit keeps the integrity registers of the political office holders of your municipality. A few questions set up a new administration.</source>
        <translation>Integriteit houdt de integriteitsregisters bij van de politieke ambtsdragers van uw gemeente. Met een paar vragen richt u een nieuwe administratie in.</translation>
    </message>
    <message>
        <source>Which municipality is this administration for?</source>
        <translation>Voor welke gemeente is deze administratie?</translation>
    </message>
    <message>
        <source>Officials</source>
        <translation>Functionarissen</translation>
    </message>
    <message>
        <source>Who holds these offices now? Their names appear in letters and reports; you can change them later under File &gt; Settings.</source>
        <translation>Wie vervullen deze functies nu? Hun namen komen in brieven en rapportages; u kunt ze later wijzigen onder Bestand &gt; Instellingen.</translation>
    </message>
</context>
<context>
    <name>integriteit::OdtFile</name>
    <message>
        <source>The file %1 could not be written. Choose another folder.</source>
        <translation>Het bestand %1 kon niet worden geschreven. Kies een andere map.</translation>
    </message>
</context>
<context>
    <name>integriteit::OdtRenderer</name>
    <message>
        <source>The letter could not be made: its template is damaged.</source>
        <translation>De brief kon niet worden gemaakt: het sjabloon is beschadigd.</translation>
    </message>
    <message>
        <source>The file %1 could not be written. Choose another folder.</source>
        <translation>Het bestand %1 kon niet worden geschreven. Kies een andere map.</translation>
    </message>
</context>
<context>
    <name>integriteit::OverviewTotalsModel</name>
    <message>
        <source>Office holder</source>
        <translation>Ambtsdrager</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Functie</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jaar</translation>
    </message>
    <message>
        <source>Kind of cost</source>
        <translation>Soort kosten</translation>
    </message>
    <message>
        <source>Claim lines</source>
        <translation>Declaratieregels</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>Gedeclareerd</translation>
    </message>
    <message>
        <source>Card payments</source>
        <translation>Creditcardbetalingen</translation>
    </message>
    <message>
        <source>Creditcard</source>
        <translation>Creditcard</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
</context>
<context>
    <name>integriteit::PasswordFields</name>
    <message>
        <source>At least %1 characters</source>
        <translation>Minstens %1 tekens</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>Wachtwoord &amp;herhalen:</translation>
    </message>
    <message>
        <source>Repeat password: the two passwords are not the same. Type the same password twice.</source>
        <translation>Wachtwoord herhalen: de twee wachtwoorden zijn niet gelijk. Typ twee keer hetzelfde wachtwoord.</translation>
    </message>
</context>
<context>
    <name>integriteit::PasswordHasher</name>
    <message>
        <source>The password library could not be started.</source>
        <translation>De wachtwoordbibliotheek kon niet worden gestart.</translation>
    </message>
    <message>
        <source>There is not enough memory to protect the password.</source>
        <translation>Er is niet genoeg geheugen om het wachtwoord te beveiligen.</translation>
    </message>
</context>
<context>
    <name>integriteit::PaymentDialog</name>
    <message>
        <source>New card payment</source>
        <translation>Nieuwe kaartbetaling</translation>
    </message>
    <message>
        <source>The date of the issuer&apos;s statement that lists this payment</source>
        <translation>De datum van het afschrift van de uitgever waarop deze betaling staat</translation>
    </message>
    <message>
        <source>for example NS Reizigers</source>
        <translation>bijvoorbeeld NS Reizigers</translation>
    </message>
    <message>
        <source>24,60</source>
        <translation>24,60</translation>
    </message>
    <message>
        <source>Card:</source>
        <translation>Kaart:</translation>
    </message>
    <message>
        <source>&amp;Statement of:</source>
        <translation>&amp;Afschrift van:</translation>
    </message>
    <message>
        <source>&amp;Paid on:</source>
        <translation>&amp;Betaald op:</translation>
    </message>
    <message>
        <source>&amp;Merchant:</source>
        <translation>&amp;Winkel:</translation>
    </message>
    <message>
        <source>&amp;Amount (€):</source>
        <translation>&amp;Bedrag (€):</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Omschrijving:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <source>Statement of: fill in the date of the statement, for example 31-10-2026.</source>
        <translation>Afschrift van: vul de datum van het afschrift in, bijvoorbeeld 31-10-2026.</translation>
    </message>
    <message>
        <source>Paid on: fill in the date of the payment, for example 14-10-2026.</source>
        <translation>Betaald op: vul de datum van de betaling in, bijvoorbeeld 14-10-2026.</translation>
    </message>
    <message>
        <source>Amount: write an amount in euros, for example 24,60.</source>
        <translation>Bedrag: schrijf een bedrag in euro, bijvoorbeeld 24,60.</translation>
    </message>
</context>
<context>
    <name>integriteit::Person</name>
    <message>
        <source>Councillor</source>
        <translation>Raadslid</translation>
    </message>
    <message>
        <source>Committee member</source>
        <translation>Commissielid</translation>
    </message>
    <message>
        <source>Alderman</source>
        <translation>Wethouder</translation>
    </message>
    <message>
        <source>Mayor</source>
        <translation>Burgemeester</translation>
    </message>
    <message>
        <source>oath or affirmation</source>
        <translation>eed of belofte</translation>
    </message>
    <message>
        <source>code of conduct received</source>
        <translation>gedragscode ontvangen</translation>
    </message>
    <message>
        <source>protocol received</source>
        <translation>protocol ontvangen</translation>
    </message>
    <message>
        <source>certificate of conduct / risk analysis</source>
        <translation>VOG / risicoanalyse</translation>
    </message>
</context>
<context>
    <name>integriteit::PersonChooser</name>
    <message>
        <source>Type a name…</source>
        <translation>Typ een naam…</translation>
    </message>
    <message>
        <source>no appointment</source>
        <translation>geen benoeming</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>integriteit::PersonCommand</name>
    <message>
        <source>Cannot undo</source>
        <translation>Ongedaan maken lukt niet</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be undone.

%2</source>
        <translation>&quot;%1&quot; kan niet ongedaan worden gemaakt.

%2</translation>
    </message>
    <message>
        <source>Cannot redo</source>
        <translation>Opnieuw uitvoeren lukt niet</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be redone.

%2</source>
        <translation>&quot;%1&quot; kan niet opnieuw worden uitgevoerd.

%2</translation>
    </message>
    <message>
        <source>Add office holder %1</source>
        <translation>Ambtsdrager %1 toevoegen</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 wijzigen</translation>
    </message>
    <message>
        <source>Remove office holder %1</source>
        <translation>Ambtsdrager %1 verwijderen</translation>
    </message>
    <message>
        <source>Add appointment as %1 for %2</source>
        <translation>Benoeming van %2 als %1 toevoegen</translation>
    </message>
    <message>
        <source>Edit appointment of %1</source>
        <translation>Benoeming van %1 wijzigen</translation>
    </message>
    <message>
        <source>Remove appointment as %1 of %2</source>
        <translation>Benoeming van %2 als %1 verwijderen</translation>
    </message>
</context>
<context>
    <name>integriteit::PersonDetailWidget</name>
    <message>
        <source>Male</source>
        <translation>Man</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Vrouw</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Onbekend</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>vanaf %1</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>sinds %1</translation>
    </message>
    <message>
        <source>Former office holder, until %1</source>
        <translation>Oud-ambtsdrager, tot %1</translation>
    </message>
    <message>
        <source>No appointment recorded</source>
        <translation>Geen benoeming vastgelegd</translation>
    </message>
    <message>
        <source>Select an office holder in the list to see the details.</source>
        <translation>Kies een ambtsdrager in de lijst om de gegevens te zien.</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Wijzigen…</translation>
    </message>
    <message>
        <source>New appointment…</source>
        <translation>Nieuwe benoeming…</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telefoon:</translation>
    </message>
    <message>
        <source>Gender:</source>
        <translation>Geslacht:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notities:</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Benoemingen</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <source>This office holder is kept by another office.</source>
        <translation>Deze ambtsdrager wordt door de andere afdeling bijgehouden (griffie of secretarie).</translation>
    </message>
    <message>
        <source>Appointments (%1)</source>
        <translation>Benoemingen (%1)</translation>
    </message>
</context>
<context>
    <name>integriteit::PersonDialog</name>
    <message>
        <source>New office holder</source>
        <translation>Nieuwe ambtsdrager</translation>
    </message>
    <message>
        <source>Edit office holder</source>
        <translation>Ambtsdrager wijzigen</translation>
    </message>
    <message>
        <source>for example J.P.</source>
        <translation>bijvoorbeeld J.P.</translation>
    </message>
    <message>
        <source>the name used, for example Jan</source>
        <translation>bijvoorbeeld Jan</translation>
    </message>
    <message>
        <source>for example van der</source>
        <translation>bijvoorbeeld van der</translation>
    </message>
    <message>
        <source>name@example.nl</source>
        <translation>naam@voorbeeld.nl</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Onbekend</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Man</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Vrouw</translation>
    </message>
    <message>
        <source>Only what the clerk&apos;s office or secretariat needs to know</source>
        <translation>Alleen wat de griffie of secretarie moet weten</translation>
    </message>
    <message>
        <source>&amp;Initials:</source>
        <translation>&amp;Voorletters:</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Roepnaam:</translation>
    </message>
    <message>
        <source>Prefi&amp;x:</source>
        <translation>&amp;Tussenvoegsel:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>A&amp;chternaam:</translation>
    </message>
    <message>
        <source>&amp;Gender:</source>
        <translation>&amp;Geslacht:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>Tele&amp;foon:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notities:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
</context>
<context>
    <name>integriteit::PersonEditor</name>
    <message>
        <source>%1 added. Choose New appointment to record the appointment.</source>
        <translation>%1 is toegevoegd. Kies Nieuwe benoeming om de benoeming vast te leggen.</translation>
    </message>
    <message>
        <source>Edit office holder</source>
        <translation>Ambtsdrager wijzigen</translation>
    </message>
    <message>
        <source>Changes to %1 saved.</source>
        <translation>Wijzigingen van %1 opgeslagen.</translation>
    </message>
    <message>
        <source>%1 removed. Choose Undo to bring him or her back.</source>
        <translation>%1 is verwijderd. Kies Ongedaan maken om de ambtsdrager terug te zetten.</translation>
    </message>
    <message>
        <source>Remove office holder</source>
        <translation>Ambtsdrager verwijderen</translation>
    </message>
    <message>
        <source>New appointment</source>
        <translation>Nieuwe benoeming</translation>
    </message>
    <message>
        <source>Appointment of %1 added.</source>
        <translation>Benoeming van %1 toegevoegd.</translation>
    </message>
    <message>
        <source>Edit appointment</source>
        <translation>Benoeming wijzigen</translation>
    </message>
    <message>
        <source>Appointment of %1 saved.</source>
        <translation>Benoeming van %1 opgeslagen.</translation>
    </message>
    <message>
        <source>Appointment of %1 removed. Choose Undo to bring it back.</source>
        <translation>Benoeming van %1 verwijderd. Kies Ongedaan maken om de benoeming terug te zetten.</translation>
    </message>
    <message>
        <source>Remove appointment</source>
        <translation>Benoeming verwijderen</translation>
    </message>
</context>
<context>
    <name>integriteit::PersonFilterBar</name>
    <message>
        <source>Body:</source>
        <translation>Orgaan:</translation>
    </message>
    <message>
        <source>Search by name, party group, body…</source>
        <translation>Zoek op naam, fractie, orgaan…</translation>
    </message>
    <message>
        <source>Search office holders</source>
        <translation>Ambtsdragers zoeken</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>In office</source>
        <translation>In functie</translation>
    </message>
    <message>
        <source>Former</source>
        <translation>Uit functie</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>Alle functies</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Functie:</translation>
    </message>
    <message>
        <source>Party group:</source>
        <translation>Fractie:</translation>
    </message>
    <message>
        <source>All party groups</source>
        <translation>Alle fracties</translation>
    </message>
    <message>
        <source>All bodies</source>
        <translation>Alle organen</translation>
    </message>
</context>
<context>
    <name>integriteit::PersonHistoryView</name>
    <message>
        <source>Initials</source>
        <translation>Voorletters</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Roepnaam</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>Tussenvoegsel</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Achternaam</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Geslacht</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Functie</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Orgaan</translation>
    </message>
    <message>
        <source>Party group</source>
        <translation>Fractie</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Begindatum</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Einddatum</translation>
    </message>
    <message>
        <source>Reason for leaving</source>
        <translation>Reden van vertrek</translation>
    </message>
    <message>
        <source>Part-time factor</source>
        <translation>Deeltijdfactor</translation>
    </message>
    <message>
        <source>Deputy chair</source>
        <translation>Plaatsvervangend voorzitter</translation>
    </message>
    <message>
        <source>Group leader</source>
        <translation>Fractievoorzitter</translation>
    </message>
    <message>
        <source>Transitional arrangement</source>
        <translation>Overgangsrecht</translation>
    </message>
    <message>
        <source>Oath or affirmation</source>
        <translation>Eed of belofte</translation>
    </message>
    <message>
        <source>Code of conduct received</source>
        <translation>Gedragscode ontvangen</translation>
    </message>
    <message>
        <source>Protocol received</source>
        <translation>Protocol ontvangen</translation>
    </message>
    <message>
        <source>Certificate of conduct / risk analysis</source>
        <translation>VOG / risicoanalyse</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Kenmerk</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>male</source>
        <translation>man</translation>
    </message>
    <message>
        <source>female</source>
        <translation>vrouw</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Datum en tijd</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Gebruiker</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Handeling</translation>
    </message>
    <message>
        <source>Office holder added</source>
        <translation>Ambtsdrager toegevoegd</translation>
    </message>
    <message>
        <source>Office holder changed</source>
        <translation>Ambtsdrager gewijzigd</translation>
    </message>
    <message>
        <source>Office holder removed</source>
        <translation>Ambtsdrager verwijderd</translation>
    </message>
    <message>
        <source>Office holder restored</source>
        <translation>Ambtsdrager teruggezet</translation>
    </message>
    <message>
        <source>Appointment as %1 added</source>
        <translation>Benoeming als %1 toegevoegd</translation>
    </message>
    <message>
        <source>Appointment as %1 changed</source>
        <translation>Benoeming als %1 gewijzigd</translation>
    </message>
    <message>
        <source>Appointment as %1 removed</source>
        <translation>Benoeming als %1 verwijderd</translation>
    </message>
    <message>
        <source>Appointment as %1 restored</source>
        <translation>Benoeming als %1 teruggezet</translation>
    </message>
    <message>
        <source>Added: %1</source>
        <translation>Toegevoegd: %1</translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <translation>Gewijzigd: %1</translation>
    </message>
    <message>
        <source>Removed: %1</source>
        <translation>Verwijderd: %1</translation>
    </message>
    <message>
        <source>Restored: %1</source>
        <translation>Teruggezet: %1</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leeg)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>integriteit::PersonPicker</name>
    <message>
        <source>Type part of the name</source>
        <translation>Typ een deel van de naam</translation>
    </message>
</context>
<context>
    <name>integriteit::PersonRegistersWidget</name>
    <message>
        <source>since %1</source>
        <translation>sinds %1</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Double-click a record to open it.</source>
        <translation>Dubbelklik op een gegeven om het te openen.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Side positions</source>
        <translation>Nevenfuncties</translation>
    </message>
    <message>
        <source>ex officio</source>
        <translation>ambtshalve</translation>
    </message>
    <message>
        <source>personal</source>
        <translation>persoonlijk</translation>
    </message>
    <message>
        <source>GC 3.6 steps missing</source>
        <translation>stappen GC 3.6 ontbreken</translation>
    </message>
    <message>
        <source>Side income</source>
        <translation>Neveninkomsten</translation>
    </message>
    <message>
        <source>published %1</source>
        <translation>openbaar gemaakt %1</translation>
    </message>
    <message>
        <source>publication overdue</source>
        <translation>openbaarmaking te laat</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Financial interests</source>
        <translation>Financiële belangen</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>niet gemeld</translation>
    </message>
    <message>
        <source>Gifts</source>
        <translation>Geschenken</translation>
    </message>
    <message>
        <source>needs a decision</source>
        <translation>besluit nodig</translation>
    </message>
    <message>
        <source>%1 from %2 (%3)</source>
        <translation>%1 van %2 (%3)</translation>
    </message>
    <message>
        <source>Invitations</source>
        <translation>Uitnodigingen</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>aangenomen</translation>
    </message>
    <message>
        <source>not accepted</source>
        <translation>niet aangenomen</translation>
    </message>
    <message>
        <source>Official trips</source>
        <translation>Dienstreizen</translation>
    </message>
    <message>
        <source>no permission yet</source>
        <translation>nog geen toestemming</translation>
    </message>
</context>
<context>
    <name>integriteit::PersonService</name>
    <message>
        <source>This office holder no longer exists.</source>
        <translation>Deze ambtsdrager bestaat niet meer.</translation>
    </message>
    <message>
        <source>This appointment no longer exists.</source>
        <translation>Deze benoeming bestaat niet meer.</translation>
    </message>
    <message>
        <source>You may not change this office holder: his records are kept by another office.</source>
        <translation>U mag deze ambtsdrager niet wijzigen: zijn gegevens worden door een ander bureau bijgehouden.</translation>
    </message>
    <message>
        <source>You may not keep appointments as %1: those are kept by the %2.</source>
        <translation>U mag geen benoemingen als %1 bijhouden: die houdt de %2 bij.</translation>
    </message>
    <message>
        <source>You may not add office holders: that is done by the clerk&apos;s office or the secretariat.</source>
        <translation>U mag geen ambtsdragers toevoegen: dat doet de griffie of de secretarie.</translation>
    </message>
    <message>
        <source>This office holder already exists.</source>
        <translation>Deze ambtsdrager bestaat al.</translation>
    </message>
    <message>
        <source>%1 has appointments and stays on record. Remove the appointments first if they were entered by mistake.</source>
        <translation>%1 heeft benoemingen en blijft geregistreerd. Verwijder eerst de benoemingen als die per vergissing zijn ingevoerd.</translation>
    </message>
    <message>
        <source>This appointment already exists.</source>
        <translation>Deze benoeming bestaat al.</translation>
    </message>
    <message>
        <source>An appointment cannot move to another person.</source>
        <translation>Een benoeming kan niet naar een andere persoon worden verplaatst.</translation>
    </message>
</context>
<context>
    <name>integriteit::PersonValidator</name>
    <message>
        <source>%1: the date cannot be in the future.</source>
        <translation>%1: de datum kan niet in de toekomst liggen.</translation>
    </message>
    <message>
        <source>%1: the date lies too far before the start of the appointment.</source>
        <translation>%1: de datum ligt te ver vóór de start van de benoeming.</translation>
    </message>
    <message>
        <source>Last name: fill in the last name.</source>
        <translation>Achternaam: vul de achternaam in.</translation>
    </message>
    <message>
        <source>Last name: use letters, spaces, hyphens and apostrophes only (at most 100).</source>
        <translation>Achternaam: gebruik alleen letters, spaties, koppeltekens en apostroffen (hoogstens 100).</translation>
    </message>
    <message>
        <source>Initials: fill in the initials, for example J.P.</source>
        <translation>Voorletters: vul de voorletters in, bijvoorbeeld J.P.</translation>
    </message>
    <message>
        <source>Initials: write them with capitals and dots, for example J.P. or Th.</source>
        <translation>Voorletters: schrijf ze met hoofdletters en punten, bijvoorbeeld J.P. of Th.</translation>
    </message>
    <message>
        <source>First name: use letters only (at most 50).</source>
        <translation>Roepnaam: gebruik alleen letters (hoogstens 50).</translation>
    </message>
    <message>
        <source>Prefix: write the prefix in small letters, for example &quot;van der&quot; (at most 20).</source>
        <translation>Tussenvoegsel: schrijf het tussenvoegsel met kleine letters, bijvoorbeeld &quot;van der&quot; (hoogstens 20).</translation>
    </message>
    <message>
        <source>E-mail: this is not an e-mail address.</source>
        <translation>E-mail: dit is geen e-mailadres.</translation>
    </message>
    <message>
        <source>Phone: use digits, spaces, hyphens and an optional + (6 to 20 characters).</source>
        <translation>Telefoon: gebruik cijfers, spaties, koppeltekens en eventueel een + (6 tot 20 tekens).</translation>
    </message>
    <message>
        <source>Notes: at most 4000 characters.</source>
        <translation>Notities: hoogstens 4000 tekens.</translation>
    </message>
    <message>
        <source>Office holder: this person no longer exists.</source>
        <translation>Ambtsdrager: deze persoon bestaat niet meer.</translation>
    </message>
    <message>
        <source>Body: choose the council or body.</source>
        <translation>Orgaan: kies de raad of het orgaan.</translation>
    </message>
    <message>
        <source>Start: fill in the date of installation.</source>
        <translation>Start: vul de datum van installatie in.</translation>
    </message>
    <message>
        <source>Start: the date must lie between 1950 and one year from now.</source>
        <translation>Start: de datum moet tussen 1950 en een jaar vanaf nu liggen.</translation>
    </message>
    <message>
        <source>End: the end date cannot be before the start date.</source>
        <translation>Einde: de einddatum kan niet vóór de startdatum liggen.</translation>
    </message>
    <message>
        <source>Reason for leaving: at most 200 characters.</source>
        <translation>Reden van vertrek: hoogstens 200 tekens.</translation>
    </message>
    <message>
        <source>Reason for leaving: fill in the end date as well, or clear the reason.</source>
        <translation>Reden van vertrek: vul ook de einddatum in, of maak de reden leeg.</translation>
    </message>
    <message>
        <source>Part-time factor: an alderman works between 1% and 100% of full time.</source>
        <translation>Deeltijdfactor: een wethouder werkt tussen 1% en 100% van voltijd.</translation>
    </message>
    <message>
        <source>Part-time factor: only an alderman has a part-time factor.</source>
        <translation>Deeltijdfactor: alleen een wethouder heeft een deeltijdfactor.</translation>
    </message>
    <message>
        <source>Deputy chair: only a councillor can be deputy chair of the council.</source>
        <translation>Plaatsvervangend voorzitter: alleen een raadslid kan plaatsvervangend voorzitter van de raad zijn.</translation>
    </message>
    <message>
        <source>Group leader: only a councillor can lead a party group.</source>
        <translation>Fractievoorzitter: alleen een raadslid kan fractievoorzitter zijn.</translation>
    </message>
    <message>
        <source>Party group: a councillor or committee member belongs to a party group; fill it in.</source>
        <translation>Fractie: een raadslid of commissielid hoort bij een fractie; vul die in.</translation>
    </message>
    <message>
        <source>Party group: at most 80 characters.</source>
        <translation>Fractie: hoogstens 80 tekens.</translation>
    </message>
    <message>
        <source>Party group: the mayor is appointed, not elected for a party group; leave it empty.</source>
        <translation>Fractie: de burgemeester is benoemd, niet gekozen voor een fractie; laat dit leeg.</translation>
    </message>
    <message>
        <source>Oath or affirmation</source>
        <translation>Eed of belofte</translation>
    </message>
    <message>
        <source>Code of conduct received</source>
        <translation>Gedragscode ontvangen</translation>
    </message>
    <message>
        <source>Protocol received</source>
        <translation>Protocol ontvangen</translation>
    </message>
    <message>
        <source>Certificate of conduct / risk analysis</source>
        <translation>VOG / risicoanalyse</translation>
    </message>
    <message>
        <source>Certificate of conduct / risk analysis: this applies to aldermen only.</source>
        <translation>VOG / risicoanalyse: dit geldt alleen voor wethouders.</translation>
    </message>
    <message>
        <source>Certificate of conduct / risk analysis: fill in the date as well as the reference.</source>
        <translation>VOG / risicoanalyse: vul naast het kenmerk ook de datum in.</translation>
    </message>
    <message>
        <source>Reference: at most 100 characters.</source>
        <translation>Kenmerk: hoogstens 100 tekens.</translation>
    </message>
    <message>
        <source>Transitional arrangement: this applies to aldermen and the mayor only.</source>
        <translation>Overgangsrecht: dit geldt alleen voor wethouders en de burgemeester.</translation>
    </message>
    <message>
        <source>Start: another mayor is in office during this period.</source>
        <translation>Start: in deze periode is al een andere burgemeester in functie.</translation>
    </message>
    <message>
        <source>Start: this person already holds this office during (part of) this period.</source>
        <translation>Start: deze persoon bekleedt dit ambt al in (een deel van) deze periode.</translation>
    </message>
</context>
<context>
    <name>integriteit::PersonsModel</name>
    <message>
        <source>No appointment</source>
        <translation>Geen benoeming</translation>
    </message>
    <message>
        <source>In office</source>
        <translation>In functie</translation>
    </message>
    <message>
        <source>Not yet in office</source>
        <translation>Nog niet in functie</translation>
    </message>
    <message>
        <source>Former</source>
        <translation>Uit functie</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Functie</translation>
    </message>
    <message>
        <source>Party group</source>
        <translation>Fractie</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Orgaan</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Sinds</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Tot</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>integriteit::PersonsPage</name>
    <message>
        <source>Office holders</source>
        <translation>Ambtsdragers</translation>
    </message>
    <message>
        <source>&amp;New office holder…</source>
        <translation>&amp;Nieuwe ambtsdrager…</translation>
    </message>
    <message>
        <source>Add an office holder to the register</source>
        <translation>Een ambtsdrager aan het register toevoegen</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Wijzigen…</translation>
    </message>
    <message>
        <source>Change the name and contact details of the selected office holder</source>
        <translation>Naam en contactgegevens van de gekozen ambtsdrager wijzigen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>Remove an office holder entered by mistake (only without appointments)</source>
        <translation>Een per vergissing ingevoerde ambtsdrager verwijderen (alleen zonder benoemingen)</translation>
    </message>
    <message>
        <source>New &amp;appointment…</source>
        <translation>Nieuwe &amp;benoeming…</translation>
    </message>
    <message>
        <source>Record a new appointment of the selected office holder</source>
        <translation>Een nieuwe benoeming van de gekozen ambtsdrager vastleggen</translation>
    </message>
    <message>
        <source>The filters were cleared to show %1.</source>
        <translation>De filters zijn gewist om %1 te tonen.</translation>
    </message>
    <message>
        <source>Only an office holder without appointments can be removed.</source>
        <translation>Alleen een ambtsdrager zonder benoemingen kan worden verwijderd.</translation>
    </message>
    <message>
        <source>No office holders yet. Choose New office holder to add the first.</source>
        <translation>Nog geen ambtsdragers. Kies Nieuwe ambtsdrager om de eerste toe te voegen.</translation>
    </message>
    <message>
        <source>No office holders match the search.</source>
        <translation>Er zijn geen ambtsdragers die aan de zoekopdracht voldoen.</translation>
    </message>
</context>
<context>
    <name>integriteit::PublicLinesModel</name>
    <message>
        <source>creditcard</source>
        <translation>creditcard</translation>
    </message>
    <message>
        <source>Office holder</source>
        <translation>Ambtsdrager</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Functie</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Declaratie</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Kind of cost</source>
        <translation>Soort kosten</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
</context>
<context>
    <name>integriteit::Receipt</name>
    <message>
        <source>Receipt: the file is empty.</source>
        <translation>Betalingsbewijs: het bestand is leeg.</translation>
    </message>
    <message>
        <source>Receipt: the file is larger than 20 MB; scan it at a lower resolution.</source>
        <translation>Betalingsbewijs: het bestand is groter dan 20 MB; scan het met een lagere resolutie.</translation>
    </message>
    <message>
        <source>Receipt: attach a PDF file or an image (JPEG, PNG, GIF, TIFF, WebP or HEIC).</source>
        <translation>Betalingsbewijs: voeg een pdf-bestand of een afbeelding toe (JPEG, PNG, GIF, TIFF, WebP of HEIC).</translation>
    </message>
    <message>
        <source>Receipt: the file has no name.</source>
        <translation>Betalingsbewijs: het bestand heeft geen naam.</translation>
    </message>
</context>
<context>
    <name>integriteit::ReceiptField</name>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>image</source>
        <translation>afbeelding</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>Bestand &amp;kiezen…</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>no
receipt</source>
        <translation>geen
betaalbewijs</translation>
    </message>
    <message>
        <source>No proof of payment yet. Choose a PDF or a photo of the receipt, or drop the file here.</source>
        <translation>Nog geen betaalbewijs. Kies een PDF of een foto van de bon, of sleep het bestand hierheen.</translation>
    </message>
    <message>
        <source>Receipt: the file %1 cannot be read.</source>
        <translation>Betaalbewijs: het bestand %1 kan niet worden gelezen.</translation>
    </message>
    <message>
        <source>Receipt: the file is larger than 20 MB; scan it at a lower resolution.</source>
        <translation>Betalingsbewijs: het bestand is groter dan 20 MB; scan het met een lagere resolutie.</translation>
    </message>
    <message>
        <source>Choose the proof of payment</source>
        <translation>Kies het betaalbewijs</translation>
    </message>
    <message>
        <source>Receipts (*.pdf *.jpg *.jpeg *.png *.gif *.tif *.tiff *.webp *.heic);;All files (*)</source>
        <translation>Betaalbewijzen (*.pdf *.jpg *.jpeg *.png *.gif *.tif *.tiff *.webp *.heic);;Alle bestanden (*)</translation>
    </message>
</context>
<context>
    <name>integriteit::ReceiptFile</name>
    <message>
        <source>Receipts (*.pdf *.jpg *.jpeg *.png *.gif *.tif *.tiff *.webp *.heic);;All files (*)</source>
        <translation>Betaalbewijzen (*.pdf *.jpg *.jpeg *.png *.gif *.tif *.tiff *.webp *.heic);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Choose the proof of payment</source>
        <translation>Kies het betaalbewijs</translation>
    </message>
    <message>
        <source>Proof of payment: the file %1 cannot be opened.</source>
        <translation>Betaalbewijs: het bestand %1 kan niet worden geopend.</translation>
    </message>
    <message>
        <source>Proof of payment: the file is larger than 20 MB. Scan it at a lower resolution.</source>
        <translation>Betaalbewijs: het bestand is groter dan 20 MB. Scan het met een lagere resolutie.</translation>
    </message>
    <message>
        <source>Proof of payment: the file %1 cannot be read.</source>
        <translation>Betaalbewijs: het bestand %1 kan niet worden gelezen.</translation>
    </message>
    <message>
        <source>Save proof of payment as</source>
        <translation>Betaalbewijs opslaan als</translation>
    </message>
    <message>
        <source>The proof of payment cannot be saved as %1. Choose another folder.</source>
        <translation>Het betaalbewijs kan niet worden opgeslagen als %1. Kies een andere map.</translation>
    </message>
</context>
<context>
    <name>integriteit::ReceiptPreview</name>
    <message>
        <source>Save as…</source>
        <translation>Opslaan als…</translation>
    </message>
    <message>
        <source>Write the proof of payment to a file, exactly as it was attached</source>
        <translation>Het betaalbewijs naar een bestand schrijven, precies zoals het is toegevoegd</translation>
    </message>
    <message>
        <source>Select a line to see its proof of payment.</source>
        <translation>Selecteer een regel om het betaalbewijs te zien.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Proof of payment</source>
        <translation>Betaalbewijs</translation>
    </message>
    <message>
        <source>This file cannot be shown here. Choose Save as… to open it in another program.</source>
        <translation>Dit bestand kan hier niet worden getoond. Kies Opslaan als… om het in een ander programma te openen.</translation>
    </message>
    <message>
        <source>Save proof of payment</source>
        <translation>Betaalbewijs opslaan</translation>
    </message>
</context>
<context>
    <name>integriteit::RecordCommand</name>
    <message>
        <source>Cannot undo</source>
        <translation>Ongedaan maken lukt niet</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be undone.

%2</source>
        <translation>&quot;%1&quot; kan niet ongedaan worden gemaakt.

%2</translation>
    </message>
    <message>
        <source>Cannot redo</source>
        <translation>Opnieuw uitvoeren lukt niet</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be redone.

%2</source>
        <translation>&quot;%1&quot; kan niet opnieuw worden uitgevoerd.

%2</translation>
    </message>
</context>
<context>
    <name>integriteit::RecordDetailWidget</name>
    <message>
        <source>Choose a record in the list to see its details and history.</source>
        <translation>Kies een registratie in de lijst om de gegevens en de geschiedenis te zien.</translation>
    </message>
    <message>
        <source>You can read this record; it is kept by another office.</source>
        <translation>U kunt deze registratie inzien; zij wordt bijgehouden door een ander bureau.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
</context>
<context>
    <name>integriteit::RecordHistoryView</name>
    <message>
        <source>Date and time</source>
        <translation>Datum en tijd</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Gebruiker</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Handeling</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Toegevoegd</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Gewijzigd</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Verwijderd</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Teruggezet</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Beëindigd</translation>
    </message>
    <message>
        <source>Decision recorded</source>
        <translation>Besluit vastgelegd</translation>
    </message>
    <message>
        <source>Publication recorded</source>
        <translation>Openbaarmaking vastgelegd</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leeg)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>integriteit::RecordOpener</name>
    <message>
        <source>Open record</source>
        <translation>Gegeven openen</translation>
    </message>
</context>
<context>
    <name>integriteit::RecordOwner</name>
    <message>
        <source>Office holder: choose the office holder.</source>
        <translation>Ambtsdrager: kies de ambtsdrager.</translation>
    </message>
    <message>
        <source>Office holder: this person has no appointment yet; add the appointment first.</source>
        <translation>Ambtsdrager: deze persoon heeft nog geen benoeming; voeg eerst de benoeming toe.</translation>
    </message>
    <message>
        <source>You may not change this record: the records of a %1 are kept by the %2.</source>
        <translation>U mag dit gegeven niet wijzigen: de registers van een %1 worden bijgehouden door de %2.</translation>
    </message>
</context>
<context>
    <name>integriteit::RegisterDialog</name>
    <message>
        <source>%1: &quot;%2&quot; is not a date. Write it as dd-mm-yyyy, for example 10-03-2022.</source>
        <translation>%1: &quot;%2&quot; is geen datum. Schrijf de datum als dd-mm-jjjj, bijvoorbeeld 10-03-2022.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an amount. Write it in euros, for example 75 or 1.234,56.</source>
        <translation>%1: &quot;%2&quot; is geen bedrag. Schrijf het in euro&apos;s, bijvoorbeeld 75 of 1.234,56.</translation>
    </message>
</context>
<context>
    <name>integriteit::RegisterFilterBar</name>
    <message>
        <source>Only needing &amp;attention</source>
        <translation>Alleen wat &amp;aandacht vraagt</translation>
    </message>
    <message>
        <source>Search by name, organisation, description…</source>
        <translation>Zoeken op naam, organisatie, omschrijving…</translation>
    </message>
    <message>
        <source>Search the register</source>
        <translation>Het register doorzoeken</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Lopend</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Beëindigd</translation>
    </message>
    <message>
        <source>Current: running records, or records of office holders now in office</source>
        <translation>Lopend: registraties die nog lopen, of van ambtsdragers die nu in functie zijn</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>Alle functies</translation>
    </message>
    <message>
        <source>dd-mm-yyyy</source>
        <translation>dd-mm-jjjj</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>Periode vanaf</translation>
    </message>
    <message>
        <source>Period until</source>
        <translation>Periode tot en met</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Functie:</translation>
    </message>
    <message>
        <source>Party group:</source>
        <translation>Fractie:</translation>
    </message>
    <message>
        <source>Period from:</source>
        <translation>Periode vanaf:</translation>
    </message>
    <message>
        <source>until:</source>
        <translation>t/m:</translation>
    </message>
    <message>
        <source>All party groups</source>
        <translation>Alle fracties</translation>
    </message>
</context>
<context>
    <name>integriteit::RegisterKind</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
</context>
<context>
    <name>integriteit::RegisterPage</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Wijzigen…</translation>
    </message>
    <message>
        <source>E&amp;nd…</source>
        <translation>Be&amp;ëindigen…</translation>
    </message>
    <message>
        <source>Record the date on which the selected record ended</source>
        <translation>De datum vastleggen waarop de gekozen registratie is beëindigd</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>Remove a record entered by mistake (Undo brings it back)</source>
        <translation>Een per vergissing ingevoerde registratie verwijderen (Ongedaan maken zet haar terug)</translation>
    </message>
    <message>
        <source>The filters were cleared to show the record.</source>
        <translation>De filters zijn gewist om de registratie te tonen.</translation>
    </message>
    <message>
        <source>No records match the search.</source>
        <translation>Geen registraties gevonden die aan de zoekopdracht voldoen.</translation>
    </message>
</context>
<context>
    <name>integriteit::Role</name>
    <message>
        <source>Administrator</source>
        <translation>Beheerder</translation>
    </message>
    <message>
        <source>Clerk&apos;s office</source>
        <translation>Griffie</translation>
    </message>
    <message>
        <source>Secretariat</source>
        <translation>Secretarie</translation>
    </message>
    <message>
        <source>Integrity (mayor or coordinator)</source>
        <translation>Integriteit (burgemeester of coördinator)</translation>
    </message>
    <message>
        <source>Auditor (read-only)</source>
        <translation>Auditor (alleen lezen)</translation>
    </message>
</context>
<context>
    <name>integriteit::Session</name>
    <message>
        <source>You are not logged in.</source>
        <translation>U bent niet aangemeld.</translation>
    </message>
    <message>
        <source>You may not %1: that needs the role &quot;%2&quot;.</source>
        <translation>Dit mag u niet (%1): daarvoor is de rol &quot;%2&quot; nodig.</translation>
    </message>
</context>
<context>
    <name>integriteit::SetPasswordDialog</name>
    <message>
        <source>Set password</source>
        <translation>Wachtwoord instellen</translation>
    </message>
    <message>
        <source>Choose a new password for %1 (%2). Give it to this user in person; the user can change it afterwards under File &gt; Change password.</source>
        <translation>Kies een nieuw wachtwoord voor %1 (%2). Geef het deze gebruiker persoonlijk; de gebruiker kan het daarna wijzigen onder Bestand &gt; Wachtwoord wijzigen.</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Nieuw wachtwoord:</translation>
    </message>
    <message>
        <source>&amp;Repeat new password:</source>
        <translation>Nieuw wachtwoord h&amp;erhalen:</translation>
    </message>
</context>
<context>
    <name>integriteit::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>The municipality and its officials. Integriteit uses these details in letters, reports and the public registers.</source>
        <translation>De gemeente en haar functionarissen. Integriteit gebruikt deze gegevens in brieven, rapportages en de openbare registers.</translation>
    </message>
</context>
<context>
    <name>integriteit::SettingsService</name>
    <message>
        <source>Municipality: fill in the name of the municipality (at most 100 characters).</source>
        <translation>Gemeente: vul de naam van de gemeente in (hoogstens 100 tekens).</translation>
    </message>
    <message>
        <source>Province: choose one of the twelve provinces.</source>
        <translation>Provincie: kies een van de twaalf provincies.</translation>
    </message>
    <message>
        <source>Clerk of the council: fill in the name of the griffier.</source>
        <translation>Griffier: vul de naam van de griffier in.</translation>
    </message>
    <message>
        <source>Municipal secretary: fill in the name of the gemeentesecretaris.</source>
        <translation>Gemeentesecretaris: vul de naam van de gemeentesecretaris in.</translation>
    </message>
    <message>
        <source>Mayor: fill in the name of the mayor.</source>
        <translation>Burgemeester: vul de naam van de burgemeester in.</translation>
    </message>
    <message>
        <source>Deputy chair: fill in the name of the deputy chair of the council.</source>
        <translation>Plaatsvervangend voorzitter: vul de naam van de plaatsvervangend voorzitter van de raad in.</translation>
    </message>
    <message>
        <source>change the settings</source>
        <translation>de instellingen wijzigen</translation>
    </message>
    <message>
        <source>Postal address: at most 100 characters.</source>
        <translation>Postadres: ten hoogste 100 tekens.</translation>
    </message>
    <message>
        <source>Postcode and town: at most 100 characters.</source>
        <translation>Postcode en plaats: ten hoogste 100 tekens.</translation>
    </message>
    <message>
        <source>Bank account: this is not a valid IBAN; check the number, for example NL61 BNGH 0285 0000 00.</source>
        <translation>Rekeningnummer: dit is geen geldig IBAN; controleer het nummer, bijvoorbeeld NL61 BNGH 0285 0000 00.</translation>
    </message>
</context>
<context>
    <name>integriteit::SettlementDecisionDialog</name>
    <message>
        <source>&amp;Nothing to settle</source>
        <translation>&amp;Niets te verrekenen</translation>
    </message>
    <message>
        <source>Settlement %1 of %2</source>
        <translation>Verrekening %1 van %2</translation>
    </message>
    <message>
        <source>Computed</source>
        <translation>Berekend</translation>
    </message>
    <message>
        <source>Salary:</source>
        <translation>Bezoldiging:</translation>
    </message>
    <message>
        <source>Free part:</source>
        <translation>Vrije voet:</translation>
    </message>
    <message>
        <source>Personal income:</source>
        <translation>Persoonlijke inkomsten:</translation>
    </message>
    <message>
        <source>To settle:</source>
        <translation>Te verrekenen:</translation>
    </message>
    <message>
        <source>Ex officio income (paid to the municipality):</source>
        <translation>Ambtshalve inkomsten (af te dragen aan de gemeente):</translation>
    </message>
    <message>
        <source>Nothing can be computed until the salary for %1 is set under Parameters.</source>
        <translation>Er valt niets te berekenen zolang de bezoldiging voor %1 niet onder Parameters is ingevuld.</translation>
    </message>
    <message>
        <source>for example 1.234,56</source>
        <translation>bijvoorbeeld 1.234,56</translation>
    </message>
    <message>
        <source>reference or summary of the college decision</source>
        <translation>kenmerk of samenvatting van het collegebesluit</translation>
    </message>
    <message>
        <source>&amp;Date of the decision:</source>
        <translation>&amp;Datum van het besluit:</translation>
    </message>
    <message>
        <source>&amp;Amount settled:</source>
        <translation>&amp;Verrekend bedrag:</translation>
    </message>
    <message>
        <source>De&amp;cision:</source>
        <translation>Be&amp;sluit:</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Vastleggen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Date of the decision: &quot;%1&quot; is not a date. Write it as dd-mm-yyyy, for example 10-03-2026.</source>
        <translation>Datum van het besluit: &quot;%1&quot; is geen datum. Schrijf de datum als dd-mm-jjjj, bijvoorbeeld 10-03-2026.</translation>
    </message>
    <message>
        <source>Amount settled: &quot;%1&quot; is not an amount. Write it as 1.234,56.</source>
        <translation>Verrekend bedrag: &quot;%1&quot; is geen bedrag. Schrijf het als 1.234,56.</translation>
    </message>
</context>
<context>
    <name>integriteit::SettlementModel</name>
    <message>
        <source>Office holder</source>
        <translation>Ambtsdrager</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Functie</translation>
    </message>
    <message>
        <source>Salary</source>
        <translation>Bezoldiging</translation>
    </message>
    <message>
        <source>Free part</source>
        <translation>Vrije voet</translation>
    </message>
    <message>
        <source>Personal income</source>
        <translation>Persoonlijke inkomsten</translation>
    </message>
    <message>
        <source>Ex officio income</source>
        <translation>Ambtshalve inkomsten</translation>
    </message>
    <message>
        <source>To settle</source>
        <translation>Te verrekenen</translation>
    </message>
    <message>
        <source>College decision</source>
        <translation>Collegebesluit</translation>
    </message>
    <message>
        <source>Nothing to settle (%1)</source>
        <translation>Niets te verrekenen (%1)</translation>
    </message>
    <message>
        <source>%1 settled (%2)</source>
        <translation>%1 verrekend (%2)</translation>
    </message>
    <message>
        <source>Pro rata: %1 of %2 days in office</source>
        <translation>Naar rato: %1 van %2 dagen in functie</translation>
    </message>
    <message>
        <source>salary not set</source>
        <translation>bezoldiging niet ingevuld</translation>
    </message>
    <message>
        <source>not decided yet</source>
        <translation>nog niet besloten</translation>
    </message>
</context>
<context>
    <name>integriteit::SettlementPage</name>
    <message>
        <source>&amp;Parameters…</source>
        <translation>&amp;Parameters…</translation>
    </message>
    <message>
        <source>&amp;Record decision…</source>
        <translation>Besluit &amp;vastleggen…</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jaar</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Jaar:</translation>
    </message>
    <message>
        <source>No full-time alderman or mayor outside the transitional arrangement in this year.</source>
        <translation>In dit jaar geen voltijdwethouder of burgemeester buiten het overgangsrecht.</translation>
    </message>
    <message>
        <source>Income of positions held ex officio is paid to the municipality in full; personal income above the free part is settled against the salary at the rate.</source>
        <translation>Inkomsten uit ambtshalve functies worden volledig aan de gemeente afgedragen; persoonlijke inkomsten boven de vrije voet worden tegen het verrekenpercentage met de bezoldiging verrekend.</translation>
    </message>
    <message>
        <source>Settlement</source>
        <translation>Verrekening</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>niet ingevuld</translation>
    </message>
    <message>
        <source>Salary of an alderman %1, of the mayor %2; free part %3, rate %4.</source>
        <translation>Bezoldiging wethouder %1, burgemeester %2; vrije voet %3, verrekenpercentage %4.</translation>
    </message>
    <message>
        <source>Set the salaries, free part and rate of %1</source>
        <translation>Bezoldigingen, vrije voet en verrekenpercentage van %1 instellen</translation>
    </message>
    <message>
        <source>Only the administrator and the secretariat may change the parameters.</source>
        <translation>Alleen de beheerder en de secretarie mogen de parameters wijzigen.</translation>
    </message>
    <message>
        <source>&amp;Change decision…</source>
        <translation>Besluit &amp;wijzigen…</translation>
    </message>
    <message>
        <source>Select an office holder first.</source>
        <translation>Selecteer eerst een ambtsdrager.</translation>
    </message>
    <message>
        <source>The secretariat records the college&apos;s decisions.</source>
        <translation>De secretarie legt de besluiten van het college vast.</translation>
    </message>
    <message>
        <source>Change settlement parameters %1</source>
        <translation>Parameters verrekening %1 wijzigen</translation>
    </message>
    <message>
        <source>The settlement parameters of %1 have been saved.</source>
        <translation>De parameters van de verrekening %1 zijn opgeslagen.</translation>
    </message>
    <message>
        <source>Record settlement %1 of %2</source>
        <translation>Verrekening %1 van %2 vastleggen</translation>
    </message>
    <message>
        <source>The settlement decision on %1 has been recorded.</source>
        <translation>Het besluit over de verrekening van %1 is vastgelegd.</translation>
    </message>
    <message>
        <source>Change settlement %1 of %2</source>
        <translation>Verrekening %1 van %2 wijzigen</translation>
    </message>
    <message>
        <source>The settlement decision on %1 has been changed.</source>
        <translation>Het besluit over de verrekening van %1 is gewijzigd.</translation>
    </message>
    <message>
        <source>Re&amp;move decision…</source>
        <translation>Besluit ver&amp;wijderen…</translation>
    </message>
    <message>
        <source>No decision has been recorded for %1.</source>
        <translation>Over %1 is geen besluit vastgelegd.</translation>
    </message>
    <message>
        <source>Remove a decision entered by mistake (Undo brings it back)</source>
        <translation>Een per vergissing ingevoerd besluit verwijderen (Ongedaan maken zet het terug)</translation>
    </message>
    <message>
        <source>Remove decision</source>
        <translation>Besluit verwijderen</translation>
    </message>
    <message>
        <source>Remove the settlement decision on %1 of %2?</source>
        <translation>Het besluit over de verrekening %1 van %2 verwijderen?</translation>
    </message>
    <message>
        <source>Only for a decision entered by mistake. The removal is recorded in the history; Undo brings the decision back.</source>
        <translation>Alleen voor een besluit dat per vergissing is ingevoerd. Het verwijderen wordt in de geschiedenis vastgelegd; Ongedaan maken zet het besluit terug.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Remove settlement %1 of %2</source>
        <translation>Verrekening %1 van %2 verwijderen</translation>
    </message>
    <message>
        <source>The settlement decision on %1 has been removed.</source>
        <translation>Het besluit over de verrekening van %1 is verwijderd.</translation>
    </message>
</context>
<context>
    <name>integriteit::SettlementParametersDialog</name>
    <message>
        <source>for example 123.456,78</source>
        <translation>bijvoorbeeld 123.456,78</translation>
    </message>
    <message>
        <source>Settlement parameters %1</source>
        <translation>Parameters verrekening %1</translation>
    </message>
    <message>
        <source>The yearly salary of a full-time office holder, holiday allowance included, as set by the Rechtspositiebesluit for this municipality. Side income above the free part of the salary is settled at the rate.</source>
        <translation>De jaarbezoldiging van een voltijdse ambtsdrager, inclusief vakantie-uitkering, zoals het Rechtspositiebesluit die voor deze gemeente vaststelt. Neveninkomsten boven de vrije voet van de bezoldiging worden tegen het verrekenpercentage verrekend.</translation>
    </message>
    <message>
        <source>Leave empty when it is not known yet.</source>
        <translation>Laat leeg zolang het nog niet bekend is.</translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation>&amp;Orgaan:</translation>
    </message>
    <message>
        <source>Salary of an &amp;alderman:</source>
        <translation>Bezoldiging &amp;wethouder:</translation>
    </message>
    <message>
        <source>Salary of the &amp;mayor:</source>
        <translation>Bezoldiging &amp;burgemeester:</translation>
    </message>
    <message>
        <source>&amp;Free part:</source>
        <translation>&amp;Vrije voet:</translation>
    </message>
    <message>
        <source>Settlement &amp;rate:</source>
        <translation>Verreken&amp;percentage:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Only the administrator and the secretariat may change these parameters.</source>
        <translation>Alleen de beheerder en de secretarie mogen deze parameters wijzigen.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an amount. Write it as 123.456,78.</source>
        <translation>%1: &quot;%2&quot; is geen bedrag. Schrijf het als 123.456,78.</translation>
    </message>
    <message>
        <source>Salary of an alderman</source>
        <translation>Bezoldiging wethouder</translation>
    </message>
    <message>
        <source>Salary of the mayor</source>
        <translation>Bezoldiging burgemeester</translation>
    </message>
</context>
<context>
    <name>integriteit::SettlementService</name>
    <message>
        <source>You may not change the settlement parameters: that is done by the administrator or the secretariat.</source>
        <translation>U mag de parameters van de verrekening niet wijzigen: dat doen de beheerder of de secretarie.</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jaar</translation>
    </message>
    <message>
        <source>Salary of an alderman: fill in an amount above zero, or leave it empty.</source>
        <translation>Bezoldiging wethouder: vul een bedrag boven nul in, of laat het leeg.</translation>
    </message>
    <message>
        <source>Salary of an alderman</source>
        <translation>Bezoldiging wethouder</translation>
    </message>
    <message>
        <source>Salary of the mayor: fill in an amount above zero, or leave it empty.</source>
        <translation>Bezoldiging burgemeester: vul een bedrag boven nul in, of laat het leeg.</translation>
    </message>
    <message>
        <source>Salary of the mayor</source>
        <translation>Bezoldiging burgemeester</translation>
    </message>
    <message>
        <source>Free part: a percentage from 0 to 100.</source>
        <translation>Vrije voet: een percentage van 0 tot 100.</translation>
    </message>
    <message>
        <source>Settlement rate: a percentage from 0 to 100.</source>
        <translation>Verrekeningspercentage: een percentage van 0 tot 100.</translation>
    </message>
    <message>
        <source>Salary: set the mayor&apos;s salary for %1 first.</source>
        <translation>Bezoldiging: stel eerst de bezoldiging van de burgemeester voor %1 in.</translation>
    </message>
    <message>
        <source>Salary: set the alderman&apos;s salary for %1 first.</source>
        <translation>Bezoldiging: stel eerst de bezoldiging van de wethouder voor %1 in.</translation>
    </message>
    <message>
        <source>This settlement decision no longer exists.</source>
        <translation>Dit besluit over de verrekening bestaat niet meer.</translation>
    </message>
    <message>
        <source>Year: the settlement is decided for a past or the current year.</source>
        <translation>Jaar: over de verrekening wordt besloten voor een verstreken of het huidige jaar.</translation>
    </message>
    <message>
        <source>Office holder: the settlement concerns aldermen and the mayor; this person was neither in %1.</source>
        <translation>Ambtsdrager: de verrekening geldt voor wethouders en de burgemeester; deze persoon was geen van beide in %1.</translation>
    </message>
    <message>
        <source>Amount settled</source>
        <translation>Verrekend bedrag</translation>
    </message>
    <message>
        <source>Amount settled: &quot;nothing to settle&quot; means an amount of € 0,00.</source>
        <translation>Verrekend bedrag: &quot;niets te verrekenen&quot; betekent een bedrag van € 0,00.</translation>
    </message>
    <message>
        <source>Amount settled: fill in the amount, or choose &quot;nothing to settle&quot;.</source>
        <translation>Verrekend bedrag: vul het bedrag in, of kies &quot;niets te verrekenen&quot;.</translation>
    </message>
    <message>
        <source>Date of the decision</source>
        <translation>Datum besluit</translation>
    </message>
    <message>
        <source>Date of the decision: the settlement of %1 cannot be decided before that year.</source>
        <translation>Datum besluit: over de verrekening van %1 kan niet vóór dat jaar worden besloten.</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Besluit</translation>
    </message>
    <message>
        <source>Year: the decision on %1 is already recorded; change that record.</source>
        <translation>Jaar: het besluit over %1 is al vastgelegd; wijzig dat besluit.</translation>
    </message>
    <message>
        <source>This settlement decision already exists.</source>
        <translation>Dit besluit over de verrekening bestaat al.</translation>
    </message>
    <message>
        <source>Year: the person and year of a decision cannot change.</source>
        <translation>Jaar: persoon en jaar van een besluit kunnen niet veranderen.</translation>
    </message>
</context>
<context>
    <name>integriteit::SideIncomeDialog</name>
    <message>
        <source>New income</source>
        <translation>Nieuwe neveninkomsten</translation>
    </message>
    <message>
        <source>Edit income</source>
        <translation>Neveninkomsten wijzigen</translation>
    </message>
    <message>
        <source>Income from the side position &lt;b&gt;%1&lt;/b&gt; at &lt;b&gt;%2&lt;/b&gt;.</source>
        <translation>Inkomsten uit de nevenfunctie &lt;b&gt;%1&lt;/b&gt; bij &lt;b&gt;%2&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>1.250,00</source>
        <translation>1.250,00</translation>
    </message>
    <message>
        <source>Full-time wethouders and the burgemeester publish the income of a year before 1 April of the next year.</source>
        <translation>Voltijdse wethouders en de burgemeester maken de inkomsten van een jaar openbaar vóór 1 april van het jaar daarna.</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Jaar:</translation>
    </message>
    <message>
        <source>&amp;Amount (€):</source>
        <translation>&amp;Bedrag (€):</translation>
    </message>
    <message>
        <source>&amp;Published on:</source>
        <translation>&amp;Openbaar gemaakt op:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notities:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <source>Published on</source>
        <translation>Openbaar gemaakt op</translation>
    </message>
</context>
<context>
    <name>integriteit::SideIncomePanel</name>
    <message>
        <source>Income per year</source>
        <translation>Neveninkomsten per jaar</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Toevoegen…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Wijzigen…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jaar</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Openbaar gemaakt</translation>
    </message>
    <message>
        <source>Record the income of a year</source>
        <translation>De inkomsten van een jaar vastleggen</translation>
    </message>
    <message>
        <source>not published by 1 April %1</source>
        <translation>niet openbaar gemaakt vóór 1 april %1</translation>
    </message>
    <message>
        <source>Full-time wethouders and the burgemeester publish the income of %1 before 1 April %2.</source>
        <translation>Voltijdse wethouders en de burgemeester maken de inkomsten over %1 openbaar vóór 1 april %2.</translation>
    </message>
    <message>
        <source>to be published before 1 April %1</source>
        <translation>openbaar te maken vóór 1 april %1</translation>
    </message>
    <message>
        <source>This position is unpaid: there is no income to record.</source>
        <translation>Deze nevenfunctie is onbezoldigd: er zijn geen inkomsten vast te leggen.</translation>
    </message>
    <message>
        <source>New income</source>
        <translation>Nieuwe neveninkomsten</translation>
    </message>
    <message>
        <source>Add income %1 of %2</source>
        <translation>Neveninkomsten %1 van %2 toevoegen</translation>
    </message>
    <message>
        <source>Edit income</source>
        <translation>Neveninkomsten wijzigen</translation>
    </message>
    <message>
        <source>Edit income %1 of %2</source>
        <translation>Neveninkomsten %1 van %2 wijzigen</translation>
    </message>
    <message>
        <source>Remove income %1</source>
        <translation>Neveninkomsten %1 verwijderen</translation>
    </message>
    <message>
        <source>Remove income</source>
        <translation>Inkomsten verwijderen</translation>
    </message>
</context>
<context>
    <name>integriteit::SideIncomeService</name>
    <message>
        <source>This income record no longer exists.</source>
        <translation>Deze neveninkomsten bestaan niet meer.</translation>
    </message>
    <message>
        <source>Side position: choose the side position.</source>
        <translation>Nevenfunctie: kies de nevenfunctie.</translation>
    </message>
    <message>
        <source>Year: the income of %1 for this position is already recorded; change that record.</source>
        <translation>Jaar: de inkomsten van %1 uit deze nevenfunctie zijn al vastgelegd; wijzig die.</translation>
    </message>
    <message>
        <source>This income record already exists.</source>
        <translation>Deze neveninkomsten bestaan al.</translation>
    </message>
    <message>
        <source>Year: the position and year of an income record cannot change; remove it and record the income anew.</source>
        <translation>Jaar: nevenfunctie en jaar van neveninkomsten kunnen niet veranderen; verwijder ze en leg de inkomsten opnieuw vast.</translation>
    </message>
    <message>
        <source>Published: fill in the date.</source>
        <translation>Openbaar gemaakt: vul de datum in.</translation>
    </message>
</context>
<context>
    <name>integriteit::SideIncomeValidator</name>
    <message>
        <source>Side position: choose the side position.</source>
        <translation>Nevenfunctie: kies de nevenfunctie.</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jaar</translation>
    </message>
    <message>
        <source>Year: income is recorded for a past or the current year.</source>
        <translation>Jaar: neveninkomsten worden vastgelegd voor een verstreken of het huidige jaar.</translation>
    </message>
    <message>
        <source>Year: the side position did not run in %1.</source>
        <translation>Jaar: de nevenfunctie liep niet in %1.</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <source>Amount: the side position is recorded as unpaid; mark it as paid first.</source>
        <translation>Bedrag: de nevenfunctie staat als onbezoldigd geregistreerd; maak haar eerst bezoldigd.</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Openbaar gemaakt</translation>
    </message>
    <message>
        <source>Published: the income of %1 cannot be published before that year.</source>
        <translation>Openbaar gemaakt: de inkomsten van %1 kunnen niet vóór dat jaar openbaar zijn gemaakt.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
</context>
<context>
    <name>integriteit::SidePositionDialog</name>
    <message>
        <source>&amp;Personal</source>
        <translation>&amp;Persoonlijk</translation>
    </message>
    <message>
        <source>E&amp;x officio (q.q.)</source>
        <translation>Ambts&amp;halve (q.q.)</translation>
    </message>
    <message>
        <source>P&amp;aid (remunerated)</source>
        <translation>&amp;Bezoldigd</translation>
    </message>
    <message>
        <source>New side position</source>
        <translation>Nieuwe nevenfunctie</translation>
    </message>
    <message>
        <source>Edit side position</source>
        <translation>Nevenfunctie wijzigen</translation>
    </message>
    <message>
        <source>for example Stichting Welzijn Beek</source>
        <translation>bijvoorbeeld Stichting Welzijn Beek</translation>
    </message>
    <message>
        <source>for example member of the supervisory board</source>
        <translation>bijvoorbeeld lid raad van toezicht</translation>
    </message>
    <message>
        <source>Held by virtue of the office (uit hoofde van het ambt)</source>
        <translation>Uit hoofde van het ambt vervuld</translation>
    </message>
    <message>
        <source>still running</source>
        <translation>loopt nog</translation>
    </message>
    <message>
        <source>For a wethouder or the burgemeester the intention to accept a personal position is reported to the council and discussed in the college beforehand (GC 3.6).</source>
        <translation>Bij een wethouder of de burgemeester wordt het voornemen tot het aanvaarden van een persoonlijke nevenfunctie vooraf gemeld aan de raad en besproken in het college (GC 3.6).</translation>
    </message>
    <message>
        <source>&amp;Office holder:</source>
        <translation>&amp;Ambtsdrager:</translation>
    </message>
    <message>
        <source>O&amp;rganisation:</source>
        <translation>Organi&amp;satie:</translation>
    </message>
    <message>
        <source>Po&amp;sition:</source>
        <translation>&amp;Nevenfunctie:</translation>
    </message>
    <message>
        <source>Capacity:</source>
        <translation>Hoedanigheid:</translation>
    </message>
    <message>
        <source>S&amp;tart:</source>
        <translation>Be&amp;gin:</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>&amp;Einddatum:</translation>
    </message>
    <message>
        <source>Rep&amp;orted on:</source>
        <translation>Ge&amp;meld op:</translation>
    </message>
    <message>
        <source>Reported to the &amp;council:</source>
        <translation>Gemeld aan de &amp;raad:</translation>
    </message>
    <message>
        <source>Discussed in the co&amp;llege:</source>
        <translation>Besproken in het co&amp;llege:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notities:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Begindatum</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Einddatum</translation>
    </message>
    <message>
        <source>Reported on</source>
        <translation>Gemeld op</translation>
    </message>
    <message>
        <source>Reported to the council</source>
        <translation>Gemeld aan de raad</translation>
    </message>
    <message>
        <source>Discussed in the college</source>
        <translation>Besproken in het college</translation>
    </message>
</context>
<context>
    <name>integriteit::SidePositionRegister</name>
    <message>
        <source>Ex officio (q.q.)</source>
        <translation>Ambtshalve (q.q.)</translation>
    </message>
    <message>
        <source>Personal</source>
        <translation>Persoonlijk</translation>
    </message>
    <message>
        <source>Side positions</source>
        <translation>Nevenfuncties</translation>
    </message>
    <message>
        <source>&amp;New side position…</source>
        <translation>&amp;Nieuwe nevenfunctie…</translation>
    </message>
    <message>
        <source>No side positions registered yet. Choose New side position to add the first.</source>
        <translation>Nog geen nevenfuncties geregistreerd. Kies Nieuwe nevenfunctie om de eerste toe te voegen.</translation>
    </message>
    <message>
        <source>Personal position of a wethouder or the burgemeester: the dates on which it was reported to the council and discussed in the college are missing (GC 3.6).</source>
        <translation>Persoonlijke nevenfunctie van een wethouder of de burgemeester: de data van melding aan de raad en bespreking in het college ontbreken (GC 3.6).</translation>
    </message>
    <message>
        <source>Office holder</source>
        <translation>Ambtsdrager</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Functie</translation>
    </message>
    <message>
        <source>Party group</source>
        <translation>Fractie</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Nevenfunctie</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Hoedanigheid</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Bezoldigd</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Begindatum</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Einddatum</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Gemeld</translation>
    </message>
    <message>
        <source>Attention</source>
        <translation>Aandacht</translation>
    </message>
    <message>
        <source>GC 3.6</source>
        <translation>GC 3.6</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>still running</source>
        <translation>loopt nog</translation>
    </message>
    <message>
        <source>Reported to the council</source>
        <translation>Gemeld aan de raad</translation>
    </message>
    <message>
        <source>Discussed in the college</source>
        <translation>Besproken in het college</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Add side position %1</source>
        <translation>Nevenfunctie %1 toevoegen</translation>
    </message>
    <message>
        <source>Side position at %1 added.</source>
        <translation>Nevenfunctie bij %1 toegevoegd.</translation>
    </message>
    <message>
        <source>Edit side position</source>
        <translation>Nevenfunctie wijzigen</translation>
    </message>
    <message>
        <source>Edit side position %1</source>
        <translation>Nevenfunctie %1 wijzigen</translation>
    </message>
    <message>
        <source>Changes to the side position at %1 saved.</source>
        <translation>Wijzigingen in de nevenfunctie bij %1 opgeslagen.</translation>
    </message>
    <message>
        <source>End side position</source>
        <translation>Nevenfunctie beëindigen</translation>
    </message>
    <message>
        <source>On which date did %1 end the position at %2?</source>
        <translation>Op welke datum heeft %1 de nevenfunctie bij %2 beëindigd?</translation>
    </message>
    <message>
        <source>End side position %1</source>
        <translation>Nevenfunctie %1 beëindigen</translation>
    </message>
    <message>
        <source>The side position at %1 ends on %2.</source>
        <translation>De nevenfunctie bij %1 eindigt op %2.</translation>
    </message>
    <message>
        <source>Remove side position %1</source>
        <translation>Nevenfunctie %1 verwijderen</translation>
    </message>
    <message>
        <source>Side position at %1 removed. Choose Undo to bring it back.</source>
        <translation>Nevenfunctie bij %1 verwijderd. Kies Ongedaan maken om haar terug te zetten.</translation>
    </message>
    <message>
        <source>Remove side position</source>
        <translation>Nevenfunctie verwijderen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln side position(s)</source>
        <translation>
            <numerusform>%Ln nevenfunctie</numerusform>
            <numerusform>%Ln nevenfuncties</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>integriteit::SidePositionService</name>
    <message>
        <source>This side position no longer exists.</source>
        <translation>Deze nevenfunctie bestaat niet meer.</translation>
    </message>
    <message>
        <source>This side position already exists.</source>
        <translation>Deze nevenfunctie bestaat al.</translation>
    </message>
    <message>
        <source>Office holder: a side position cannot move to another person.</source>
        <translation>Ambtsdrager: een nevenfunctie kan niet naar een andere persoon worden verplaatst.</translation>
    </message>
    <message>
        <source>End: fill in the date.</source>
        <translation>Einde: vul de datum in.</translation>
    </message>
    <message>
        <source>This side position has recorded income and stays on record. Remove the income first if it was entered by mistake.</source>
        <translation>Bij deze nevenfunctie zijn neveninkomsten vastgelegd; ze blijft daarom geregistreerd. Verwijder eerst de inkomsten als die per vergissing zijn ingevoerd.</translation>
    </message>
</context>
<context>
    <name>integriteit::SidePositionValidator</name>
    <message>
        <source>Office holder: choose the office holder.</source>
        <translation>Ambtsdrager: kies de ambtsdrager.</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Nevenfunctie</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Begindatum</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Einddatum</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Gemeld</translation>
    </message>
    <message>
        <source>Reported to the council</source>
        <translation>Gemeld aan de raad</translation>
    </message>
    <message>
        <source>Discussed in the college</source>
        <translation>Besproken in het college</translation>
    </message>
    <message>
        <source>Reported to the council: only a personal position is reported to the council and discussed in the college; clear both dates for an ex officio position.</source>
        <translation>Gemeld aan de raad: alleen een persoonlijke nevenfunctie wordt aan de raad gemeld en in het college besproken; maak beide datums leeg voor een ambtshalve nevenfunctie.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
</context>
<context>
    <name>integriteit::SqlQuery</name>
    <message>
        <source>The database could not carry out the action. Nothing was saved.</source>
        <translation>De database kon de handeling niet uitvoeren. Er is niets opgeslagen.</translation>
    </message>
    <message>
        <source>The database is in use by another program. Wait a moment and try again; nothing was saved.</source>
        <translation>De database is in gebruik door een ander programma. Wacht even en probeer het opnieuw; er is niets opgeslagen.</translation>
    </message>
    <message>
        <source>The disk is full. Make room and try again; nothing was saved.</source>
        <translation>De schijf is vol. Maak ruimte vrij en probeer het opnieuw; er is niets opgeslagen.</translation>
    </message>
</context>
<context>
    <name>integriteit::StartDialog</name>
    <message>
        <source>Integriteit</source>
        <translation>Integriteit</translation>
    </message>
    <message>
        <source>No database is open. What would you like to do?</source>
        <translation>Er is geen database geopend. Wat wilt u doen?</translation>
    </message>
    <message>
        <source>Open another database…</source>
        <translation>Een andere database openen…</translation>
    </message>
    <message>
        <source>Choose an existing Integriteit database file.</source>
        <translation>Kies een bestaand databasebestand van Integriteit.</translation>
    </message>
    <message>
        <source>New database…</source>
        <translation>Nieuwe database…</translation>
    </message>
    <message>
        <source>Start a new administration for a municipality.</source>
        <translation>Begin een nieuwe administratie voor een gemeente.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>A&amp;fsluiten</translation>
    </message>
</context>
<context>
    <name>integriteit::SubmissionWarnings</name>
    <message>
        <source>Line %1: the same receipt belongs to a credit card payment (GC 9.1).</source>
        <translation>Regel %1: hetzelfde betalingsbewijs hoort bij een creditcardbetaling (GC 9.1).</translation>
    </message>
    <message>
        <source>Line %1: %2 on %3 was also paid with the credit card (GC 9.1).</source>
        <translation>Regel %1: %2 op %3 is ook met de creditcard betaald (GC 9.1).</translation>
    </message>
    <message>
        <source>Line %1: the same receipt is attached to line %2 of this claim (GC 9.1).</source>
        <translation>Regel %1: hetzelfde betalingsbewijs zit ook bij regel %2 van deze declaratie (GC 9.1).</translation>
    </message>
    <message>
        <source>Line %1: %2 on %3 appears twice in this claim, also as line %4 (GC 9.1).</source>
        <translation>Regel %1: %2 op %3 staat twee keer in deze declaratie, ook als regel %4 (GC 9.1).</translation>
    </message>
    <message>
        <source>Line %1: the same receipt is attached to claim %2 (GC 9.1).</source>
        <translation>Regel %1: hetzelfde betalingsbewijs zit ook bij declaratie %2 (GC 9.1).</translation>
    </message>
    <message>
        <source>Line %1: %2 on %3 is also claimed in claim %4 (GC 9.1).</source>
        <translation>Regel %1: %2 op %3 is ook gedeclareerd in declaratie %4 (GC 9.1).</translation>
    </message>
    <message>
        <source>Line %1: the expense of %2 is claimed more than a month later, on %3 (GC 9.4).</source>
        <translation>Regel %1: de uitgave van %2 is meer dan een maand later gedeclareerd, op %3 (GC 9.4).</translation>
    </message>
    <message>
        <source>The advance of %1 paid on %2 is settled by this claim more than a month later (GC 9.4).</source>
        <translation>Het voorschot van %1, betaald op %2, wordt met deze declaratie meer dan een maand later afgerekend (GC 9.4).</translation>
    </message>
    <message>
        <source>The advance of %1 paid on %2 has not been settled within a month (GC 9.4).</source>
        <translation>Het voorschot van %1, betaald op %2, is niet binnen een maand afgerekend (GC 9.4).</translation>
    </message>
</context>
<context>
    <name>integriteit::TransitionDialog</name>
    <message>
        <source>The claim goes to the checker and can no longer be changed. Warnings about late costs (GC 9.4), probable duplicates (GC 9.1) and open advances are recorded for the checker.</source>
        <translation>De declaratie gaat naar de controleur en kan niet meer worden gewijzigd. Waarschuwingen over te laat gedeclareerde kosten (GC 9.4), waarschijnlijk dubbele declaraties (GC 9.1) en openstaande voorschotten worden vastgelegd voor de controleur.</translation>
    </message>
    <message>
        <source>The claim goes back to draft so that it can be corrected.</source>
        <translation>De declaratie gaat terug naar concept zodat zij kan worden gecorrigeerd.</translation>
    </message>
    <message>
        <source>You have checked the lines, the proofs of payment and the functional reasons (GC 9.5). Another official approves.</source>
        <translation>U hebt de regels, de betaalbewijzen en de functionele redenen gecontroleerd (GC 9.5). Een andere ambtenaar keurt goed.</translation>
    </message>
    <message>
        <source>The claim is approved for payment.</source>
        <translation>De declaratie wordt goedgekeurd voor uitbetaling.</translation>
    </message>
    <message>
        <source>The claim is rejected. This is final.</source>
        <translation>De declaratie wordt afgewezen. Dit is definitief.</translation>
    </message>
    <message>
        <source>In case of doubt the claim is put before the mayor (GC 9.6).</source>
        <translation>Bij twijfel wordt de declaratie voorgelegd aan de burgemeester (GC 9.6).</translation>
    </message>
    <message>
        <source>The claim is put before the %1 for a decision (GC 9.6-9.8).</source>
        <translation>De declaratie wordt ter besluitvorming voorgelegd aan het %1 (GC 9.6-9.8).</translation>
    </message>
    <message>
        <source>The doubt is resolved: the claim goes back to the office for the normal approval.</source>
        <translation>De twijfel is weggenomen: de declaratie gaat terug naar de afdeling voor de gewone goedkeuring.</translation>
    </message>
    <message>
        <source>The approved claim has been paid.</source>
        <translation>De goedgekeurde declaratie is uitbetaald.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Record that the %1 approved the claim.</source>
        <translation>Vastleggen dat het %1 de declaratie heeft goedgekeurd.</translation>
    </message>
    <message>
        <source>Record that the %1 rejected the claim.</source>
        <translation>Vastleggen dat het %1 de declaratie heeft afgewezen.</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reden:</translation>
    </message>
    <message>
        <source>&amp;Decision of the %1:</source>
        <translation>&amp;Besluit van het %1:</translation>
    </message>
    <message>
        <source>&amp;Doubt:</source>
        <translation>&amp;Twijfel:</translation>
    </message>
    <message>
        <source>&amp;How resolved:</source>
        <translation>&amp;Hoe weggenomen:</translation>
    </message>
    <message>
        <source>Date of the &amp;decision:</source>
        <translation>Datum van het &amp;besluit:</translation>
    </message>
    <message>
        <source>Date &amp;paid:</source>
        <translation>Datum &amp;uitbetaald:</translation>
    </message>
    <message>
        <source>Date: write the date as dd-mm-yyyy.</source>
        <translation>Datum: schrijf de datum als dd-mm-jjjj.</translation>
    </message>
</context>
<context>
    <name>integriteit::Trip</name>
    <message>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>Third party</source>
        <translation>Derde</translation>
    </message>
</context>
<context>
    <name>integriteit::TripDialog</name>
    <message>
        <source>New official trip</source>
        <translation>Nieuwe dienstreis</translation>
    </message>
    <message>
        <source>Official trip</source>
        <translation>Dienstreis</translation>
    </message>
    <message>
        <source>Permission beforehand (GC 6.2)</source>
        <translation>Toestemming vooraf (GC 6.2)</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notities:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>This trip is kept by another office: you can read it, not change it.</source>
        <translation>Deze dienstreis wordt door een ander bureau bijgehouden: u kunt haar lezen, niet wijzigen.</translation>
    </message>
    <message>
        <source>Trip</source>
        <translation>Reis</translation>
    </message>
    <message>
        <source>city and country</source>
        <translation>plaats en land</translation>
    </message>
    <message>
        <source>to</source>
        <translation>tot</translation>
    </message>
    <message>
        <source>why the trip serves the municipality&apos;s policy</source>
        <translation>waarom de reis het beleid van de gemeente dient</translation>
    </message>
    <message>
        <source>who travel, in which capacity</source>
        <translation>wie er reizen, in welke hoedanigheid</translation>
    </message>
    <message>
        <source>&amp;Office holder:</source>
        <translation>&amp;Ambtsdrager:</translation>
    </message>
    <message>
        <source>&amp;Destination:</source>
        <translation>&amp;Bestemming:</translation>
    </message>
    <message>
        <source>Departure and return:</source>
        <translation>Vertrek en terugkeer:</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>&amp;Doel:</translation>
    </message>
    <message>
        <source>Polic&amp;y reasons:</source>
        <translation>Beleids&amp;overwegingen:</translation>
    </message>
    <message>
        <source>Part&amp;y:</source>
        <translation>&amp;Gezelschap:</translation>
    </message>
    <message>
        <source>Costs</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>for example 1.250,00</source>
        <translation>bijvoorbeeld 1.250,00</translation>
    </message>
    <message>
        <source>after the return</source>
        <translation>na terugkeer</translation>
    </message>
    <message>
        <source>the organisation that pays</source>
        <translation>de organisatie die betaalt</translation>
    </message>
    <message>
        <source>outcome of the test for conflicts of interest</source>
        <translation>uitkomst van de toets op belangenverstrengeling</translation>
    </message>
    <message>
        <source>Es&amp;timated costs:</source>
        <translation>Ge&amp;raamde kosten:</translation>
    </message>
    <message>
        <source>Act&amp;ual costs:</source>
        <translation>Werke&amp;lijke kosten:</translation>
    </message>
    <message>
        <source>Paid b&amp;y:</source>
        <translation>Betaald d&amp;oor:</translation>
    </message>
    <message>
        <source>Third part&amp;y:</source>
        <translation>&amp;Derde:</translation>
    </message>
    <message>
        <source>Conflict-of-interest &amp;test on:</source>
        <translation>&amp;Toets belangenverstrengeling op:</translation>
    </message>
    <message>
        <source>Outcome of the test:</source>
        <translation>Uitkomst van de toets:</translation>
    </message>
    <message>
        <source>Company and extension</source>
        <translation>Gezelschap en verlenging</translation>
    </message>
    <message>
        <source>The partner travels at municipal cost</source>
        <translation>De partner reist op kosten van de gemeente</translation>
    </message>
    <message>
        <source>on the host&apos;s invitation</source>
        <translation>op uitnodiging van de gastheer</translation>
    </message>
    <message>
        <source>in the municipal interest</source>
        <translation>in het belang van de gemeente</translation>
    </message>
    <message>
        <source>at their own cost (GC 6.6)</source>
        <translation>op eigen kosten (GC 6.6)</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dagen</translation>
    </message>
    <message>
        <source>Days added for private purposes, at own cost (GC 6.7).</source>
        <translation>Dagen die voor privédoeleinden worden toegevoegd, op eigen kosten (GC 6.7).</translation>
    </message>
    <message>
        <source>Partner (GC 6.5):</source>
        <translation>Partner (GC 6.5):</translation>
    </message>
    <message>
        <source>T&amp;hird persons:</source>
        <translation>Derde &amp;personen:</translation>
    </message>
    <message>
        <source>Private e&amp;xtension:</source>
        <translation>Privé&amp;verlenging:</translation>
    </message>
    <message>
        <source>1 night</source>
        <translation>1 nacht</translation>
    </message>
    <message>
        <source>%1 nights</source>
        <translation>%1 nachten</translation>
    </message>
    <message>
        <source>Departure</source>
        <translation>Vertrek</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Terugkeer</translation>
    </message>
    <message>
        <source>Estimated costs</source>
        <translation>Geraamde kosten</translation>
    </message>
    <message>
        <source>Actual costs</source>
        <translation>Werkelijke kosten</translation>
    </message>
    <message>
        <source>Conflict-of-interest test</source>
        <translation>Toets op belangenverstrengeling</translation>
    </message>
    <message>
        <source>Date of the decision</source>
        <translation>Datum besluit</translation>
    </message>
</context>
<context>
    <name>integriteit::TripRegister</name>
    <message>
        <source>The trip needs permission before departure (GC 6.2); none is recorded yet.</source>
        <translation>De reis heeft toestemming nodig vóór vertrek (GC 6.2); die is nog niet vastgelegd.</translation>
    </message>
    <message>
        <source>A trip paid by a third party is tested for conflicts of interest before the decision (GC 6.4); no test is recorded yet.</source>
        <translation>Een reis die door een derde wordt betaald, wordt vóór het besluit getoetst op belangenverstrengeling (GC 6.4); er is nog geen toets vastgelegd.</translation>
    </message>
    <message>
        <source>Official trips</source>
        <translation>Dienstreizen</translation>
    </message>
    <message>
        <source>&amp;New official trip…</source>
        <translation>&amp;Nieuwe dienstreis…</translation>
    </message>
    <message>
        <source>No official trips registered yet. Choose New official trip to add the first.</source>
        <translation>Nog geen dienstreizen geregistreerd. Kies Nieuwe dienstreis om de eerste toe te voegen.</translation>
    </message>
    <message>
        <source>Office holder</source>
        <translation>Ambtsdrager</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Functie</translation>
    </message>
    <message>
        <source>Party group</source>
        <translation>Fractie</translation>
    </message>
    <message>
        <source>Departure</source>
        <translation>Vertrek</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Terugkeer</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Bestemming</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Estimated</source>
        <translation>Geraamd</translation>
    </message>
    <message>
        <source>Actual costs</source>
        <translation>Werkelijke kosten</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>Betaald door</translation>
    </message>
    <message>
        <source>Permission</source>
        <translation>Toestemming</translation>
    </message>
    <message>
        <source>needed</source>
        <translation>nodig</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>does not travel at municipal cost</source>
        <translation>reist niet op kosten van de gemeente</translation>
    </message>
    <message>
        <source>travels: invited by the host %1, municipal interest %2</source>
        <translation>reist mee: uitgenodigd door de gastheer %1, gemeentelijk belang %2</translation>
    </message>
    <message>
        <source>Departure and return</source>
        <translation>Vertrek en terugkeer</translation>
    </message>
    <message>
        <source>%1 – %2 (%3 nights)</source>
        <translation>%1 – %2 (%3 nachten)</translation>
    </message>
    <message>
        <source>Policy reasons</source>
        <translation>Beleidsoverwegingen</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Gezelschap</translation>
    </message>
    <message>
        <source>Estimated costs</source>
        <translation>Geraamde kosten</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>nog niet bekend</translation>
    </message>
    <message>
        <source>Conflict-of-interest test</source>
        <translation>Toets op belangenverstrengeling</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>ontbreekt</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Third persons</source>
        <translation>Derden</translation>
    </message>
    <message>
        <source>Private extension</source>
        <translation>Privéverlenging</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 dagen</translation>
    </message>
    <message>
        <source>%1 by the %2 on %3</source>
        <translation>%1 door het %2 op %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>Notes on the decision</source>
        <translation>Toelichting bij het besluit</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Attention</source>
        <translation>Aandacht</translation>
    </message>
    <message>
        <source>Third party</source>
        <translation>Derde</translation>
    </message>
    <message>
        <source>Partner travels</source>
        <translation>Partner reist mee</translation>
    </message>
    <message>
        <source>Partner invited by the host</source>
        <translation>Partner uitgenodigd door de gastheer</translation>
    </message>
    <message>
        <source>Partner in the municipal interest</source>
        <translation>Partner in het belang van de gemeente</translation>
    </message>
    <message>
        <source>Private extension (days)</source>
        <translation>Privéverlenging (dagen)</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Besloten door</translation>
    </message>
    <message>
        <source>Date of the decision</source>
        <translation>Datum besluit</translation>
    </message>
    <message>
        <source>Outcome of the test</source>
        <translation>Uitkomst van de toets</translation>
    </message>
    <message>
        <source>Add trip to %1</source>
        <translation>Reis naar %1 toevoegen</translation>
    </message>
    <message>
        <source>Trip of %1 to %2 added.</source>
        <translation>Reis van %1 naar %2 toegevoegd.</translation>
    </message>
    <message>
        <source>Edit official trip</source>
        <translation>Dienstreis wijzigen</translation>
    </message>
    <message>
        <source>Edit trip to %1</source>
        <translation>Reis naar %1 wijzigen</translation>
    </message>
    <message>
        <source>Changes to the trip to %1 saved.</source>
        <translation>Wijzigingen in de reis naar %1 opgeslagen.</translation>
    </message>
    <message>
        <source>Remove trip to %1</source>
        <translation>Reis naar %1 verwijderen</translation>
    </message>
    <message>
        <source>Trip to %1 removed. Choose Undo to bring it back.</source>
        <translation>Reis naar %1 verwijderd. Kies Ongedaan maken om haar terug te halen.</translation>
    </message>
    <message>
        <source>Remove official trip</source>
        <translation>Dienstreis verwijderen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln official trip(s)</source>
        <translation>
            <numerusform>%Ln dienstreis</numerusform>
            <numerusform>%Ln dienstreizen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>integriteit::TripService</name>
    <message>
        <source>This trip no longer exists.</source>
        <translation>Deze dienstreis bestaat niet meer.</translation>
    </message>
    <message>
        <source>This trip already exists.</source>
        <translation>Deze dienstreis bestaat al.</translation>
    </message>
    <message>
        <source>Office holder: a trip cannot move to another person.</source>
        <translation>Ambtsdrager: een dienstreis kan niet naar een andere persoon worden verplaatst.</translation>
    </message>
</context>
<context>
    <name>integriteit::TripValidator</name>
    <message>
        <source>Office holder: choose the office holder.</source>
        <translation>Ambtsdrager: kies de ambtsdrager.</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Bestemming</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Policy reasons</source>
        <translation>Beleidsoverwegingen</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Gezelschap</translation>
    </message>
    <message>
        <source>Departure</source>
        <translation>Vertrek</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Terugkeer</translation>
    </message>
    <message>
        <source>Return: a foreign trip has at least one night, so the return is after the departure (GC 6.1).</source>
        <translation>Terugkeer: een buitenlandse dienstreis heeft ten minste één overnachting, dus de terugkeer ligt na het vertrek (GC 6.1).</translation>
    </message>
    <message>
        <source>Return: a trip of more than 90 nights is not an official trip.</source>
        <translation>Terugkeer: een reis van meer dan 90 nachten is geen dienstreis.</translation>
    </message>
    <message>
        <source>Estimated costs</source>
        <translation>Geraamde kosten</translation>
    </message>
    <message>
        <source>Actual costs</source>
        <translation>Werkelijke kosten</translation>
    </message>
    <message>
        <source>Actual costs: these are known after the return.</source>
        <translation>Werkelijke kosten: die zijn pas na de terugkeer bekend.</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>Betaald door</translation>
    </message>
    <message>
        <source>Paid by: name a third party only when a third party pays.</source>
        <translation>Betaald door: noem alleen een derde als een derde betaalt.</translation>
    </message>
    <message>
        <source>Partner: the partner travels at municipal cost only on the host&apos;s invitation and in the municipal interest (GC 6.5); record both, or let the partner travel at own cost as a third person.</source>
        <translation>Partner: de partner reist alleen op kosten van de gemeente op uitnodiging van de ontvangende partij en in het belang van de gemeente (GC 6.5); leg beide vast, of laat de partner als derde op eigen kosten meereizen.</translation>
    </message>
    <message>
        <source>Third persons</source>
        <translation>Derden</translation>
    </message>
    <message>
        <source>Private extension: from 0 to 60 days, at own cost (GC 6.7).</source>
        <translation>Privéverlenging: 0 tot 60 dagen, op eigen kosten (GC 6.7).</translation>
    </message>
    <message>
        <source>Conflict-of-interest test</source>
        <translation>Toets op belangenverstrengeling</translation>
    </message>
    <message>
        <source>Conflict-of-interest test: fill in both the date and the outcome.</source>
        <translation>Toets op belangenverstrengeling: vul zowel de datum als de uitkomst in.</translation>
    </message>
    <message>
        <source>Decision: choose allowed or refused.</source>
        <translation>Besluit: kies toegestaan of afgewezen.</translation>
    </message>
    <message>
        <source>Decided by: choose who decided.</source>
        <translation>Besloten door: kies wie heeft besloten.</translation>
    </message>
    <message>
        <source>Date of the decision</source>
        <translation>Datum besluit</translation>
    </message>
    <message>
        <source>Decided by: choose the college or the seniors&apos; council.</source>
        <translation>Besloten door: kies het college of het seniorenconvent.</translation>
    </message>
    <message>
        <source>Decided by: the trips of the mayor and aldermen are decided by the college (GC 6.2).</source>
        <translation>Besloten door: over dienstreizen van burgemeester en wethouders besluit het college (GC 6.2).</translation>
    </message>
    <message>
        <source>Date of the decision: permission is given before the trip (GC 6.2), not after the departure.</source>
        <translation>Datum besluit: toestemming wordt vóór de reis gegeven (GC 6.2), niet na het vertrek.</translation>
    </message>
    <message>
        <source>Conflict-of-interest test: a trip paid by a third party is always tested for conflicts of interest before the decision (GC 6.4).</source>
        <translation>Toets op belangenverstrengeling: een reis op kosten van derden wordt vóór het besluit altijd getoetst op belangenverstrengeling (GC 6.4).</translation>
    </message>
    <message>
        <source>Conflict-of-interest test: the test comes before the decision.</source>
        <translation>Toets op belangenverstrengeling: de toets gaat aan het besluit vooraf.</translation>
    </message>
    <message>
        <source>Notes on the decision</source>
        <translation>Toelichting bij het besluit</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
</context>
<context>
    <name>integriteit::UnitOfWork</name>
    <message>
        <source>The action was not completed; nothing was saved.</source>
        <translation>De handeling is niet voltooid; er is niets opgeslagen.</translation>
    </message>
    <message>
        <source>The database refused to save the change. Nothing was saved; your input is still there.</source>
        <translation>De database weigerde de wijziging op te slaan. Er is niets opgeslagen; uw invoer staat er nog.</translation>
    </message>
</context>
<context>
    <name>integriteit::UserDialog</name>
    <message>
        <source>Manages users, roles and settings.</source>
        <translation>Beheert gebruikers, rollen en instellingen.</translation>
    </message>
    <message>
        <source>Keeps the registers of councillors and committee members.</source>
        <translation>Houdt de registers bij van raadsleden en commissieleden.</translation>
    </message>
    <message>
        <source>Keeps the registers of the mayor and aldermen, and their expense claims.</source>
        <translation>Houdt de registers bij van burgemeester en wethouders, en hun declaraties.</translation>
    </message>
    <message>
        <source>Handles reports of suspected breaches (confidential).</source>
        <translation>Behandelt meldingen van vermoedelijke integriteitsschendingen (vertrouwelijk).</translation>
    </message>
    <message>
        <source>Reads registers and expense claims; changes nothing.</source>
        <translation>Leest registers en declaraties; wijzigt niets.</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>Nieuwe gebruiker</translation>
    </message>
    <message>
        <source>User %1</source>
        <translation>Gebruiker %1</translation>
    </message>
    <message>
        <source>For example: jjansen</source>
        <translation>Bijvoorbeeld: jjansen</translation>
    </message>
    <message>
        <source>For example: Jan Jansen</source>
        <translation>Bijvoorbeeld: Jan Jansen</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Gebruikersnaam:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>V&amp;olledige naam:</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>&amp;Active: the user can log in</source>
        <translation>Ac&amp;tief: de gebruiker kan inloggen</translation>
    </message>
</context>
<context>
    <name>integriteit::UserService</name>
    <message>
        <source>Unknown user name or wrong password. Check both and try again.</source>
        <translation>Onbekende gebruikersnaam of onjuist wachtwoord. Controleer beide en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>This account has been switched off. Ask your administrator.</source>
        <translation>Dit account is uitgeschakeld. Vraag het uw beheerder.</translation>
    </message>
    <message>
        <source>manage users</source>
        <translation>gebruikers beheren</translation>
    </message>
    <message>
        <source>This user no longer exists.</source>
        <translation>Deze gebruiker bestaat niet meer.</translation>
    </message>
    <message>
        <source>Password: use at least %1 characters.</source>
        <translation>Wachtwoord: gebruik minstens %1 tekens.</translation>
    </message>
    <message>
        <source>Password: do not begin or end with a space.</source>
        <translation>Wachtwoord: begin of eindig niet met een spatie.</translation>
    </message>
    <message>
        <source>User name: use 2 to 64 letters, digits, dots, hyphens or underscores.</source>
        <translation>Gebruikersnaam: gebruik 2 tot 64 letters, cijfers, punten, koppeltekens of liggende streepjes.</translation>
    </message>
    <message>
        <source>Full name: fill in the user&apos;s name.</source>
        <translation>Volledige naam: vul de naam van de gebruiker in.</translation>
    </message>
    <message>
        <source>Roles: give the user at least one role.</source>
        <translation>Rollen: geef de gebruiker minstens één rol.</translation>
    </message>
    <message>
        <source>User name: &quot;%1&quot; is already in use.</source>
        <translation>Gebruikersnaam: &quot;%1&quot; is al in gebruik.</translation>
    </message>
    <message>
        <source>This database already has users; ask an administrator for an account.</source>
        <translation>Deze database heeft al gebruikers; vraag een beheerder om een account.</translation>
    </message>
    <message>
        <source>Roles: at least one active administrator must remain.</source>
        <translation>Rollen: er moet minstens één actieve beheerder overblijven.</translation>
    </message>
    <message>
        <source>Current password: this is not your password.</source>
        <translation>Huidig wachtwoord: dit is niet uw wachtwoord.</translation>
    </message>
</context>
<context>
    <name>integriteit::UsersModel</name>
    <message>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <source>Switched off</source>
        <translation>Uitgeschakeld</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Volledige naam</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>integriteit::UsersPage</name>
    <message>
        <source>&amp;New user…</source>
        <translation>&amp;Nieuwe gebruiker…</translation>
    </message>
    <message>
        <source>&amp;Edit user…</source>
        <translation>Gebruiker &amp;bewerken…</translation>
    </message>
    <message>
        <source>Set &amp;password…</source>
        <translation>&amp;Wachtwoord instellen…</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Gebruikers</translation>
    </message>
    <message>
        <source>The people who may log in to this database, and what their roles allow them to do. Accounts are switched off rather than removed, so that the history keeps its names.</source>
        <translation>De mensen die in deze database mogen inloggen, en wat hun rollen hun toestaan. Accounts worden uitgeschakeld in plaats van verwijderd, zodat de namen in de geschiedenis bewaard blijven.</translation>
    </message>
    <message>
        <source>Switch &amp;off</source>
        <translation>&amp;Uitschakelen</translation>
    </message>
    <message>
        <source>Switch &amp;on</source>
        <translation>&amp;Inschakelen</translation>
    </message>
    <message>
        <source>Switch off the account: the user can no longer log in</source>
        <translation>Het account uitschakelen: de gebruiker kan niet meer inloggen</translation>
    </message>
    <message>
        <source>Switch on the account: the user can log in again</source>
        <translation>Het account inschakelen: de gebruiker kan weer inloggen</translation>
    </message>
    <message>
        <source>User %1 has been added.</source>
        <translation>Gebruiker %1 is toegevoegd.</translation>
    </message>
    <message>
        <source>The changes have been saved.</source>
        <translation>De wijzigingen zijn opgeslagen.</translation>
    </message>
    <message>
        <source>A new password has been set for %1.</source>
        <translation>Er is een nieuw wachtwoord ingesteld voor %1.</translation>
    </message>
    <message>
        <source>Switch off account</source>
        <translation>Account uitschakelen</translation>
    </message>
    <message>
        <source>Switch off the account of %1 (%2)?</source>
        <translation>Het account van %1 (%2) uitschakelen?</translation>
    </message>
    <message>
        <source>%1 can then no longer log in. The account and its history are kept; you can switch it on again later.</source>
        <translation>%1 kan dan niet meer inloggen. Het account en de geschiedenis ervan blijven bewaard; u kunt het later weer inschakelen.</translation>
    </message>
    <message>
        <source>Switch off</source>
        <translation>Uitschakelen</translation>
    </message>
    <message>
        <source>Switch on account</source>
        <translation>Account inschakelen</translation>
    </message>
    <message>
        <source>The account of %1 has been switched on.</source>
        <translation>Het account van %1 is ingeschakeld.</translation>
    </message>
    <message>
        <source>The account of %1 has been switched off.</source>
        <translation>Het account van %1 is uitgeschakeld.</translation>
    </message>
</context>
<context>
    <name>integriteit::ZipWriter</name>
    <message>
        <source>The file %1 could not be written. Choose another folder.</source>
        <translation>Het bestand %1 kon niet worden geschreven. Kies een andere map.</translation>
    </message>
</context>
</TS>
