<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>AbsenceDialog</name>
    <message>
        <location filename="../../hvbdesk/gui/roster/roster_dialogs.py" line="51"/>
        <source>Register absence</source>
        <translation>Registrera frånvaro</translation>
    </message>
    <message>
        <location filename="../../ui/absence_dialog.ui" line="6"/>
        <source>Absence</source>
        <translation>Frånvaro</translation>
    </message>
    <message>
        <location filename="../../ui/absence_dialog.ui" line="10"/>
        <source>&amp;Staff member</source>
        <translation>&amp;Personal</translation>
    </message>
    <message>
        <location filename="../../ui/absence_dialog.ui" line="12"/>
        <source>&amp;Kind</source>
        <translation>&amp;Slag</translation>
    </message>
    <message>
        <location filename="../../ui/absence_dialog.ui" line="14"/>
        <source>&amp;From</source>
        <translation>&amp;Från</translation>
    </message>
    <message>
        <location filename="../../ui/absence_dialog.ui" line="16"/>
        <source>&amp;To and including</source>
        <translation>&amp;Till och med</translation>
    </message>
</context>
<context>
    <name>AcceptDialog</name>
    <message>
        <location filename="../../hvbdesk/gui/referrals/referral_dialogs.py" line="116"/>
        <source>Accept referral</source>
        <translation>Acceptera förfrågan</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/referrals/referral_dialogs.py" line="117"/>
        <source>Reserve a place for the young person from %1 (%2, %3 years).</source>
        <translation>Reservera en plats för ungdomen från %1 (%2, %3 år).</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/referrals/referral_dialogs.py" line="127"/>
        <source>Place %1</source>
        <translation>Plats %1</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/referrals/referral_dialogs.py" line="128"/>
        <source>acute</source>
        <translation>akut</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/referrals/referral_dialogs.py" line="137"/>
        <source>Place</source>
        <translation>Plats</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/referrals/referral_dialogs.py" line="138"/>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/referrals/referral_dialogs.py" line="139"/>
        <source>Reserve</source>
        <translation>Reservera</translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <location filename="../../hvbdesk/gui/admin/account_dialog.py" line="26"/>
        <source>Create account</source>
        <translation>Skapa konto</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/admin/account_dialog.py" line="32"/>
        <source>Password: the two passwords differ</source>
        <translation>Lösenord: de två lösenorden är olika</translation>
    </message>
    <message>
        <location filename="../../ui/account_dialog.ui" line="6"/>
        <source>New account</source>
        <translation>Nytt konto</translation>
    </message>
    <message>
        <location filename="../../ui/account_dialog.ui" line="10"/>
        <source>&amp;Name</source>
        <translation>&amp;Namn</translation>
    </message>
    <message>
        <location filename="../../ui/account_dialog.ui" line="12"/>
        <source>&amp;User name</source>
        <translation>&amp;Användarnamn</translation>
    </message>
    <message>
        <location filename="../../ui/account_dialog.ui" line="14"/>
        <source>R&amp;ole</source>
        <translation>R&amp;oll</translation>
    </message>
    <message>
        <location filename="../../ui/account_dialog.ui" line="16"/>
        <source>&amp;Password</source>
        <translation>&amp;Lösenord</translation>
    </message>
    <message>
        <location filename="../../ui/account_dialog.ui" line="18"/>
        <source>&amp;Repeat password</source>
        <translation>&amp;Upprepa lösenord</translation>
    </message>
</context>
<context>
    <name>AccountsTab</name>
    <message>
        <location filename="../../hvbdesk/gui/admin/admin_page.py" line="56"/>
        <source>User name</source>
        <translation>Användarnamn</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/admin/admin_page.py" line="57"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/admin/admin_page.py" line="58"/>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/admin/admin_page.py" line="59"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/admin/admin_page.py" line="88"/>
        <source>active</source>
        <translation>aktivt</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/admin/admin_page.py" line="85"/>
        <source>switched off</source>
        <translation>avstängt</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/admin/admin_page.py" line="61"/>
        <source>Last login</source>
        <translation>Senaste inloggning</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/admin/admin_page.py" line="67"/>
        <source>New account…</source>
        <translation>Nytt konto…</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/admin/admin_page.py" line="69"/>
        <source>Switch off / on</source>
        <translation>Stäng av / slå på</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/admin/admin_page.py" line="70"/>
        <source>Unlock login</source>
        <translation>Lås upp inloggning</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/admin/admin_page.py" line="71"/>
        <source>Lift the lock or the wait after failed logins</source>
        <translation>Häv låset eller väntetiden efter misslyckade inloggningar</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/admin/admin_page.py" line="87"/>
        <source>locked until %1</source>
        <translation>låst till %1</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/admin/admin_page.py" line="93"/>
        <location filename="../../hvbdesk/gui/admin/admin_page.py" line="101"/>
        <location filename="../../hvbdesk/gui/admin/admin_page.py" line="117"/>
        <source>Accounts</source>
        <translation>Konton</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/admin/admin_page.py" line="93"/>
        <source>Select an account in the list first.</source>
        <translation>Markera först ett konto i listan.</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <location filename="../../hvbdesk/gui/admin/admin_page.py" line="277"/>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/admin/admin_page.py" line="282"/>
        <source>Accounts</source>
        <translation>Konton</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/admin/admin_page.py" line="283"/>
        <source>Audit log</source>
        <translation>Loggbok (åtkomstlogg)</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/admin/admin_page.py" line="284"/>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/admin/admin_page.py" line="286"/>
        <source>Municipalities</source>
        <translation>Kommuner</translation>
    </message>
</context>
<context>
    <name>AdmissionDialog</name>
    <message>
        <location filename="../../hvbdesk/gui/board/admission_dialog.py" line="46"/>
        <source>The rules are checked when you press Admit; anything wrong is listed below.</source>
        <translation>Reglerna kontrolleras när du trycker på Skriv in; det som är fel visas nedanför.</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/board/admission_dialog.py" line="56"/>
        <source>Place %1</source>
        <translation>Plats %1</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/board/admission_dialog.py" line="57"/>
        <source>acute</source>
        <translation>akut</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/board/admission_dialog.py" line="77"/>
        <source>Admit</source>
        <translation>Skriv in</translation>
    </message>
    <message>
        <location filename="../../ui/admission_dialog.ui" line="6"/>
        <source>Admission</source>
        <translation>Inskrivning</translation>
    </message>
    <message>
        <location filename="../../ui/admission_dialog.ui" line="7"/>
        <source>The young person</source>
        <translation>Ungdomen</translation>
    </message>
    <message>
        <location filename="../../ui/admission_dialog.ui" line="7"/>
        <source>&amp;Personal identity number</source>
        <translation>&amp;Personnummer</translation>
    </message>
    <message>
        <location filename="../../ui/admission_dialog.ui" line="7"/>
        <source>YYYYMMDD-NNNN</source>
        <translation>ÅÅÅÅMMDD-NNNN</translation>
    </message>
    <message>
        <location filename="../../ui/admission_dialog.ui" line="7"/>
        <source>&amp;First name</source>
        <translation>&amp;Förnamn</translation>
    </message>
    <message>
        <location filename="../../ui/admission_dialog.ui" line="7"/>
        <source>&amp;Last name</source>
        <translation>&amp;Efternamn</translation>
    </message>
    <message>
        <location filename="../../ui/admission_dialog.ui" line="7"/>
        <source>&amp;Gender</source>
        <translation>&amp;Kön</translation>
    </message>
    <message>
        <location filename="../../ui/admission_dialog.ui" line="7"/>
        <source>The stay</source>
        <translation>Placeringen</translation>
    </message>
    <message>
        <location filename="../../ui/admission_dialog.ui" line="7"/>
        <source>&amp;Kind</source>
        <translation>&amp;Typ</translation>
    </message>
    <message>
        <location filename="../../ui/admission_dialog.ui" line="7"/>
        <source>P&amp;lace</source>
        <translation>P&amp;lats</translation>
    </message>
    <message>
        <location filename="../../ui/admission_dialog.ui" line="7"/>
        <source>Legal &amp;basis</source>
        <translation>Lag&amp;rum</translation>
    </message>
    <message>
        <location filename="../../ui/admission_dialog.ui" line="7"/>
        <source>&amp;Admitted</source>
        <translation>&amp;Inskriven</translation>
    </message>
    <message>
        <location filename="../../ui/admission_dialog.ui" line="7"/>
        <source>Planned &amp;end</source>
        <translation>Planerat &amp;slut</translation>
    </message>
    <message>
        <location filename="../../ui/admission_dialog.ui" line="7"/>
        <source>Placing &amp;municipality</source>
        <translation>Placerande &amp;kommun</translation>
    </message>
    <message>
        <location filename="../../ui/admission_dialog.ui" line="7"/>
        <source>Guardians (required under 18)</source>
        <translation>Vårdnadshavare (krävs under 18 år)</translation>
    </message>
    <message>
        <location filename="../../ui/admission_dialog.ui" line="7"/>
        <source>Guardian &amp;1</source>
        <translation>Vårdnadshavare &amp;1</translation>
    </message>
    <message>
        <location filename="../../ui/admission_dialog.ui" line="7"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../ui/admission_dialog.ui" line="7"/>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <location filename="../../ui/admission_dialog.ui" line="7"/>
        <source>e.g. mother</source>
        <translation>t.ex. mamma</translation>
    </message>
    <message>
        <location filename="../../ui/admission_dialog.ui" line="7"/>
        <source>Guardian &amp;2</source>
        <translation>Vårdnadshavare &amp;2</translation>
    </message>
    <message>
        <location filename="../../ui/admission_dialog.ui" line="7"/>
        <source>e.g. father</source>
        <translation>t.ex. pappa</translation>
    </message>
    <message>
        <location filename="../../ui/admission_dialog.ui" line="7"/>
        <source>Set a rule aside (manager, with a reason)</source>
        <translation>Gör undantag från en regel (föreståndaren, med motivering)</translation>
    </message>
    <message>
        <location filename="../../ui/admission_dialog.ui" line="7"/>
        <source>Age</source>
        <translation>Ålder</translation>
    </message>
    <message>
        <location filename="../../ui/admission_dialog.ui" line="7"/>
        <source>Reason, if the age rule is set aside</source>
        <translation>Motivering, om åldersregeln frångås</translation>
    </message>
    <message>
        <location filename="../../ui/admission_dialog.ui" line="7"/>
        <source>Acute hours</source>
        <translation>Akuttider</translation>
    </message>
    <message>
        <location filename="../../ui/admission_dialog.ui" line="7"/>
        <source>Reason, if admitted outside the acute hours</source>
        <translation>Motivering, om inskrivning sker utanför akuttiderna</translation>
    </message>
    <message>
        <location filename="../../ui/admission_dialog.ui" line="7"/>
        <source>Acute place</source>
        <translation>Akutplats</translation>
    </message>
    <message>
        <location filename="../../ui/admission_dialog.ui" line="7"/>
        <source>Reason, if acute goes to an ordinary place</source>
        <translation>Motivering, om akutplacering görs på vårdplats</translation>
    </message>
    <message>
        <location filename="../../ui/admission_dialog.ui" line="7"/>
        <source>Planned end</source>
        <translation>Planerat slut</translation>
    </message>
    <message>
        <location filename="../../ui/admission_dialog.ui" line="7"/>
        <source>Reason, if the planned end is outside the limits</source>
        <translation>Motivering, om planerat slut ligger utanför gränserna</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <location filename="../../hvbdesk/gui/shell/application.py" line="56"/>
        <source>Something unexpected went wrong and the last action may not have been completed. Drafts are saved. Please tell the manager what you were doing. (%1)</source>
        <translation>Något oväntat gick fel och den senaste åtgärden blev kanske inte klar. Utkast är sparade. Berätta för föreståndaren vad du höll på med. (%1)</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/shell/application.py" line="152"/>
        <source>There is no database in %1 yet. Create a new, empty one?</source>
        <translation>Det finns ännu ingen databas i %1. Vill du skapa en ny, tom databas?</translation>
    </message>
</context>
<context>
    <name>AuditTab</name>
    <message>
        <location filename="../../hvbdesk/gui/admin/admin_page.py" line="127"/>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/admin/admin_page.py" line="128"/>
        <location filename="../../hvbdesk/gui/admin/admin_page.py" line="150"/>
        <source>User</source>
        <translation>Användare</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/admin/admin_page.py" line="129"/>
        <location filename="../../hvbdesk/gui/admin/admin_page.py" line="151"/>
        <source>Action</source>
        <translation>Händelse</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/admin/admin_page.py" line="130"/>
        <source>Record</source>
        <translation>Post</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/admin/admin_page.py" line="132"/>
        <source>Workstation</source>
        <translation>Dator</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/admin/admin_page.py" line="131"/>
        <source>Young person</source>
        <translation>Ungdom</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/admin/admin_page.py" line="133"/>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/admin/admin_page.py" line="141"/>
        <source>All actions</source>
        <translation>Alla händelser</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/admin/admin_page.py" line="156"/>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/admin/admin_page.py" line="158"/>
        <source>Show</source>
        <translation>Visa</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/admin/admin_page.py" line="172"/>
        <source>All users</source>
        <translation>Alla användare</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hvbdesk/gui/admin/admin_page.py" line="191"/>
        <source>%n event(s), newest first (at most 2000 shown)</source>
        <translation>
            <numerusform>%n händelse, nyast först (högst 2000 visas)</numerusform>
            <numerusform>%n händelser, nyast först (högst 2000 visas)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Background</name>
    <message>
        <location filename="../../hvbdesk/gui/common/background.py" line="77"/>
        <source>Wait until the work already started is done.</source>
        <translation>Vänta tills arbetet som redan har börjat är klart.</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/common/background.py" line="179"/>
        <source>The file could not be written: %1</source>
        <translation>Filen kunde inte skrivas: %1</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/common/background.py" line="182"/>
        <source>The work could not be done: %1</source>
        <translation>Arbetet kunde inte göras: %1</translation>
    </message>
</context>
<context>
    <name>BedBoard</name>
    <message>
        <location filename="../../hvbdesk/gui/board/bed_board.py" line="178"/>
        <source>No places are set up.</source>
        <translation>Inga platser är upplagda.</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/board/bed_board.py" line="99"/>
        <location filename="../../hvbdesk/gui/board/bed_board.py" line="205"/>
        <source>Place %1</source>
        <translation>Plats %1</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/board/bed_board.py" line="60"/>
        <source>Arrow keys move between the places, Enter opens the place, the menu key shows its choices.</source>
        <translation>Piltangenterna flyttar mellan platserna, Enter öppnar platsen, menytangenten visar valen.</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/board/bed_board.py" line="101"/>
        <source>(acute)</source>
        <translation>(akut)</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/board/bed_board.py" line="104"/>
        <source>occupied</source>
        <translation>belagd</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/board/bed_board.py" line="108"/>
        <source>day %1 of %2</source>
        <translation>dag %1 av %2</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/board/bed_board.py" line="120"/>
        <source>free</source>
        <translation>ledig</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hvbdesk/gui/board/bed_board.py" line="131"/>
        <source>Bed board, %n places</source>
        <translation>
            <numerusform>Beläggningstavla, %n plats</numerusform>
            <numerusform>Beläggningstavla, %n platser</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/board/bed_board.py" line="221"/>
        <source>ACUTE</source>
        <translation>AKUT</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/board/bed_board.py" line="240"/>
        <source>CP %1</source>
        <translation>KP %1</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/board/bed_board.py" line="248"/>
        <source>Reserved</source>
        <translation>Reserverad</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/board/bed_board.py" line="249"/>
        <source>from %1</source>
        <translation>från %1</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/board/bed_board.py" line="254"/>
        <source>Free</source>
        <translation>Ledig</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/board/bed_board.py" line="116"/>
        <location filename="../../hvbdesk/gui/board/bed_board.py" line="122"/>
        <location filename="../../hvbdesk/gui/board/bed_board.py" line="257"/>
        <source>reserved from %1</source>
        <translation>reserverad från %1</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/board/bed_board.py" line="226"/>
        <source>Occupied</source>
        <translation>Belagd</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/board/bed_board.py" line="232"/>
        <source>day %1/%2</source>
        <translation>dag %1/%2</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/board/bed_board.py" line="111"/>
        <location filename="../../hvbdesk/gui/board/bed_board.py" line="237"/>
        <source>ends %1</source>
        <translation>slutar %1</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/board/bed_board.py" line="243"/>
        <source>SIP %1</source>
        <translation>SIP %1</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/board/bed_board.py" line="113"/>
        <source>Contact: %1</source>
        <translation>Kontaktperson: %1</translation>
    </message>
</context>
<context>
    <name>BoardPage</name>
    <message>
        <location filename="../../hvbdesk/gui/board/board_page.py" line="68"/>
        <source>Occupancy</source>
        <translation>Beläggning</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/board/board_page.py" line="73"/>
        <source>Show initials only</source>
        <translation>Visa bara initialer</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/board/board_page.py" line="76"/>
        <location filename="../../hvbdesk/gui/board/board_page.py" line="231"/>
        <source>Admit…</source>
        <translation>Skriv in…</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/board/board_page.py" line="93"/>
        <source>To do</source>
        <translation>Att göra</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/board/board_page.py" line="97"/>
        <source>Nothing to watch right now.</source>
        <translation>Inget att bevaka just nu.</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/board/board_page.py" line="109"/>
        <source>Timeline</source>
        <translation>Tidslinje</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/board/board_page.py" line="113"/>
        <source>◀ 4 weeks</source>
        <translation>◀ 4 veckor</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/board/board_page.py" line="114"/>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/board/board_page.py" line="115"/>
        <source>4 weeks ▶</source>
        <translation>4 veckor ▶</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/board/board_page.py" line="160"/>
        <source>Occupied now: %1 of %2 (care places %3/%4, acute %5/%6) · This month: %7 %</source>
        <translation>Belagda nu: %1 av %2 (vårdplatser %3/%4, akut %5/%6) · Denna månad: %7 %</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/board/board_page.py" line="182"/>
        <source>Place %1</source>
        <translation>Plats %1</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/board/board_page.py" line="227"/>
        <source>Open the young person&apos;s page</source>
        <translation>Öppna ungdomens sida</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/board/board_page.py" line="231"/>
        <source>Stay…</source>
        <translation>Vistelse…</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/board/board_page.py" line="282"/>
        <location filename="../../hvbdesk/gui/board/board_page.py" line="295"/>
        <location filename="../../hvbdesk/gui/board/board_page.py" line="301"/>
        <source>Move</source>
        <translation>Flytta</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/board/board_page.py" line="282"/>
        <source>Why is it moved to place %1?</source>
        <translation>Varför flyttas den till plats %1?</translation>
    </message>
</context>
<context>
    <name>CarePlanDialog</name>
    <message>
        <location filename="../../hvbdesk/gui/plans/care_panels.py" line="50"/>
        <source>Social services</source>
        <translation>Socialtjänsten</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/plans/care_panels.py" line="50"/>
        <source>Health care</source>
        <translation>Hälso- och sjukvården</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/plans/care_panels.py" line="55"/>
        <source>Register</source>
        <translation>Registrera</translation>
    </message>
    <message>
        <location filename="../../ui/care_plan_dialog.ui" line="6"/>
        <source>Register care plan</source>
        <translation>Registrera vårdplan</translation>
    </message>
    <message>
        <location filename="../../ui/care_plan_dialog.ui" line="7"/>
        <source>&amp;From</source>
        <translation>&amp;Från</translation>
    </message>
    <message>
        <location filename="../../ui/care_plan_dialog.ui" line="7"/>
        <source>&amp;Dated</source>
        <translation>&amp;Daterad</translation>
    </message>
    <message>
        <location filename="../../ui/care_plan_dialog.ui" line="7"/>
        <source>&amp;Written by</source>
        <translation>&amp;Skriven av</translation>
    </message>
    <message>
        <location filename="../../ui/care_plan_dialog.ui" line="7"/>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/care_plan_dialog.ui" line="7"/>
        <source>&amp;Needs and goals</source>
        <translation>&amp;Behov och mål</translation>
    </message>
    <message>
        <location filename="../../ui/care_plan_dialog.ui" line="7"/>
        <source>A summary of the needs and goals in the plan</source>
        <translation>En sammanfattning av behov och mål i planen</translation>
    </message>
    <message>
        <location filename="../../ui/care_plan_dialog.ui" line="7"/>
        <source>Document &amp;reference</source>
        <translation>Dokument&amp;referens</translation>
    </message>
    <message>
        <location filename="../../ui/care_plan_dialog.ui" line="7"/>
        <source>e.g. the case number</source>
        <translation>t.ex. diarienumret</translation>
    </message>
</context>
<context>
    <name>CarePlansPanel</name>
    <message>
        <location filename="../../hvbdesk/gui/plans/care_panels.py" line="88"/>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/plans/care_panels.py" line="90"/>
        <source>social services</source>
        <translation>socialtjänsten</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/plans/care_panels.py" line="92"/>
        <source>health care</source>
        <translation>hälso- och sjukvården</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/plans/care_panels.py" line="95"/>
        <source>Dated</source>
        <translation>Daterad</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/plans/care_panels.py" line="96"/>
        <source>Written by</source>
        <translation>Skriven av</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/plans/care_panels.py" line="97"/>
        <source>Reference</source>
        <translation>Referens</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/plans/care_panels.py" line="98"/>
        <source>Needs and goals</source>
        <translation>Behov och mål</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/plans/care_panels.py" line="102"/>
        <source>Register care plan…</source>
        <translation>Registrera vårdplan…</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/plans/care_panels.py" line="109"/>
        <source>The care plans that social services and health care wrote with the young person.</source>
        <translation>Vårdplanerna som socialtjänsten och hälso- och sjukvården skrev med ungdomen.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../hvbdesk/cli.py" line="207"/>
        <source>New database passphrase: </source>
        <translation>Ny lösenfras för databasen: </translation>
    </message>
    <message>
        <location filename="../../hvbdesk/cli.py" line="207"/>
        <source>Database passphrase: </source>
        <translation>Databasens lösenfras: </translation>
    </message>
    <message>
        <location filename="../../hvbdesk/cli.py" line="209"/>
        <source>The same passphrase again: </source>
        <translation>Samma lösenfras igen: </translation>
    </message>
    <message>
        <location filename="../../hvbdesk/cli.py" line="210"/>
        <source>the two passphrases differ</source>
        <translation>de två lösenfraserna är olika</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/cli.py" line="219"/>
        <source>no password: set %1 or run from a terminal</source>
        <translation>inget lösenord: sätt %1 eller kör från en terminal</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/cli.py" line="221"/>
        <source>%1 again: </source>
        <translation>%1 igen: </translation>
    </message>
    <message>
        <location filename="../../hvbdesk/cli.py" line="222"/>
        <source>the two passwords differ</source>
        <translation>de två lösenorden är olika</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/cli.py" line="236"/>
        <source>this command needs an acting user: --user NAME</source>
        <translation>kommandot behöver en användare: --user NAMN</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/cli.py" line="237"/>
        <location filename="../../hvbdesk/cli.py" line="270"/>
        <source>Password for %1</source>
        <translation>Lösenord för %1</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/cli.py" line="248"/>
        <source>init needs the first manager&apos;s name: hvbdesk init --user NAME</source>
        <translation>init behöver den första föreståndarens användarnamn: hvbdesk init --user NAMN</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/cli.py" line="253"/>
        <source>Password for the new manager %1</source>
        <translation>Lösenord för den nya föreståndaren %1</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/cli.py" line="261"/>
        <source>Created %1 with the manager account &apos;%2&apos;.</source>
        <translation>Skapade %1 med föreståndarkontot &apos;%2&apos;.</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/cli.py" line="274"/>
        <source>Added account &apos;%1&apos; with the role %2.</source>
        <translation>Lade till kontot &apos;%1&apos; med rollen %2.</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/cli.py" line="284"/>
        <source>Unlocked the account &apos;%1&apos;.</source>
        <translation>Låste upp kontot &apos;%1&apos;.</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/cli.py" line="295"/>
        <source>--years must be from 1 to 30</source>
        <translation>--years ska vara från 1 till 30</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/cli.py" line="302"/>
        <source>%1 holds real data; demo refuses to touch it</source>
        <translation>%1 innehåller riktiga uppgifter; demo rör den inte</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/cli.py" line="306"/>
        <source>Replaced the earlier demo database.</source>
        <translation>Ersatte den tidigare demodatabasen.</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/cli.py" line="317"/>
        <source>Demo database at %1: %2 residents, %3 stays, %4 referrals, %5 staff, %6 journal entries.</source>
        <translation>Demodatabas i %1: %2 ungdomar, %3 vistelser, %4 förfrågningar, %5 anställda, %6 journalanteckningar.</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/cli.py" line="328"/>
        <source>Accounts (password &apos;%1&apos;): %2</source>
        <translation>Konton (lösenord &apos;%1&apos;): %2</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/cli_database.py" line="30"/>
        <source>problem: %1</source>
        <translation>problem: %1</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/cli_database.py" line="34"/>
        <source>ok: schema at head, integrity, foreign keys, encryption and the audit chain are in order</source>
        <translation>ok: schemat är aktuellt, och integritet, främmande nycklar, kryptering och loggkedjan är i ordning</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/cli_database.py" line="38"/>
        <source>ok: schema at head, the database&apos;s guards and the no-double-booking rule by their definition, and the audit chain are in order (the server&apos;s own storage is not checked from here)</source>
        <translation>ok: schemat är aktuellt, och databasens skydd och regeln mot dubbelbokning enligt sin definition samt loggkedjan är i ordning (serverns egen lagring kontrolleras inte härifrån)</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/cli_database.py" line="45"/>
        <source>the connection to the server is encrypted (TLS)</source>
        <translation>anslutningen till servern är krypterad (TLS)</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/cli_database.py" line="47"/>
        <source>warning: the connection to the server is not encrypted (no TLS)</source>
        <translation>varning: anslutningen till servern är inte krypterad (ingen TLS)</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/cli_database.py" line="58"/>
        <source>The audit log&apos;s head is sealed anew.</source>
        <translation>Loggbokens slutpunkt är förseglad på nytt.</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/cli_database.py" line="69"/>
        <source>Backup written and verified: %1</source>
        <translation>Säkerhetskopian är skriven och kontrollerad: %1</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/cli_database.py" line="78"/>
        <source>restore works on the embedded database; on PostgreSQL use pg_restore</source>
        <translation>restore fungerar på den inbyggda databasen; på PostgreSQL används pg_restore</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/cli_database.py" line="84"/>
        <source>Restored %1. The database as it was is kept at %2</source>
        <translation>Återställde %1. Databasen som den var finns kvar i %2</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/cli_database.py" line="86"/>
        <source>The audit log keeps the %1 rows written since the backup.</source>
        <translation>Loggboken behåller de %1 rader som skrivits sedan säkerhetskopian togs.</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/cli.py" line="338"/>
        <source>Imported %1 staff members.</source>
        <translation>Importerade %1 anställda.</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/cli.py" line="348"/>
        <source>Imported %1 stays (%2 new residents).</source>
        <translation>Importerade %1 vistelser (%2 nya ungdomar).</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/cli.py" line="358"/>
        <location filename="../../hvbdesk/cli.py" line="376"/>
        <location filename="../../hvbdesk/cli.py" line="392"/>
        <source>Wrote %1</source>
        <translation>Skrev %1</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/cli.py" line="382"/>
        <source>--csv must end in .csv</source>
        <translation>--csv måste sluta på .csv</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/cli.py" line="419"/>
        <source>&apos;%1&apos; is not a date written YYYY-MM-DD</source>
        <translation>&apos;%1&apos; är inte ett datum skrivet ÅÅÅÅ-MM-DD (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/cli.py" line="425"/>
        <source>--out must end in .pdf or .csv</source>
        <translation>--out ska sluta på .pdf eller .csv</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/cli.py" line="431"/>
        <location filename="../../hvbdesk/cli.py" line="495"/>
        <source>no roster found within %1 s</source>
        <translation>inget schema hittades inom %1 s</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/cli.py" line="446"/>
        <source>uncovered: %1 %2 ×%3</source>
        <translation>obemannat: %1 %2 ×%3</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/cli.py" line="455"/>
        <source>temporary staff to ask: %1</source>
        <translation>vikarier att fråga: %1</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/cli.py" line="463"/>
        <source>the best possible roster under the rules</source>
        <translation>det bästa möjliga schemat inom reglerna</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/cli.py" line="465"/>
        <source>at most %1 % from the best possible</source>
        <translation>högst %1 % från det bästa möjliga</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/cli.py" line="467"/>
        <source>Roster %1 – %2: %3 (score %4, %5 s)</source>
        <translation>Schema %1 – %2: %3 (poäng %4, %5 s)</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/cli.py" line="475"/>
        <source>; written to %1</source>
        <translation>; skrivet till %1</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/cli.py" line="477"/>
        <source>; saved</source>
        <translation>; sparat</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/cli.py" line="486"/>
        <source>--time-limit must be more than 0 seconds</source>
        <translation>--time-limit ska vara mer än 0 sekunder</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/cli.py" line="490"/>
        <source>cannot read %1: %2</source>
        <translation>kan inte läsa %1: %2</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/cli.py" line="546"/>
        <source>Set %1 or run from a terminal to type the passphrase.</source>
        <translation>Sätt %1 eller kör från en terminal för att skriva lösenfrasen.</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/cli.py" line="549"/>
        <location filename="../../hvbdesk/gui/shell/application.py" line="70"/>
        <location filename="../../hvbdesk/gui/shell/application.py" line="111"/>
        <source>error: %1</source>
        <translation>fel: %1</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/cli.py" line="582"/>
        <source>--stop-at is for --smoke-test only</source>
        <translation>--stop-at gäller bara med --smoke-test</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/cli.py" line="589"/>
        <source>cancelled</source>
        <translation>avbrutet</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <location filename="../../hvbdesk/gui/plans/plan_dialogs.py" line="73"/>
        <source>Version %1 and %2</source>
        <translation>Version %1 och %2</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/plans/plan_dialogs.py" line="80"/>
        <source>Change</source>
        <translation>Ändring</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/plans/plan_dialogs.py" line="81"/>
        <location filename="../../hvbdesk/gui/plans/plan_dialogs.py" line="82"/>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/plans/plan_dialogs.py" line="88"/>
        <source>added</source>
        <translation>tillagt</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/plans/plan_dialogs.py" line="89"/>
        <source>removed</source>
        <translation>borttaget</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/plans/plan_dialogs.py" line="90"/>
        <source>modified</source>
        <translation>ändrat</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/plans/plan_dialogs.py" line="91"/>
        <source>unchanged</source>
        <translation>oförändrat</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../ui/conflict_dialog.ui" line="6"/>
        <source>Saved by someone else</source>
        <translation>Sparat av någon annan</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_dialog.ui" line="9"/>
        <source>Compare the two, then choose which one stays. Nothing is lost: the text you do not keep goes to the clipboard.</source>
        <translation>Jämför de två och välj vilken som ska gälla. Inget går förlorat: den text du inte behåller läggs i urklipp.</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_dialog.ui" line="14"/>
        <source>&amp;Yours (not saved)</source>
        <translation>&amp;Din (inte sparad)</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_dialog.ui" line="20"/>
        <source>&amp;Saved now</source>
        <translation>&amp;Sparad nu</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_dialog.ui" line="29"/>
        <source>Use the saved one</source>
        <translation>Använd den sparade</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_dialog.ui" line="30"/>
        <source>Keep mine</source>
        <translation>Behåll min</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <location filename="../../hvbdesk/gui/sip/sip_dialogs.py" line="106"/>
        <source>The young person</source>
        <translation>Ungdomen</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/sip/sip_dialogs.py" line="109"/>
        <source>Under 18 every registered guardian consents; record the young person&apos;s view below.</source>
        <translation>Under 18 samtycker varje registrerad vårdnadshavare; skriv ungdomens synpunkt nedan.</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/sip/sip_dialogs.py" line="121"/>
        <source>Another organisation, e.g. the police (optional)</source>
        <translation>Annan organisation, t.ex. polisen (frivilligt)</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialog.ui" line="6"/>
        <source>Register consent</source>
        <translation>Registrera samtycke</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialog.ui" line="8"/>
        <source>&amp;Given on</source>
        <translation>&amp;Lämnat</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialog.ui" line="8"/>
        <source>&amp;Valid until (one year at most)</source>
        <translation>&amp;Giltigt till (högst ett år)</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialog.ui" line="9"/>
        <source>Who consented, and how</source>
        <translation>Vem som samtyckt, och hur</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialog.ui" line="9"/>
        <source>Who may take part and be told</source>
        <translation>Vilka som får delta och ta del</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialog.ui" line="9"/>
        <source>What may be shared</source>
        <translation>Vad som får delas</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialog.ui" line="9"/>
        <source>&amp;Kept out by the young person (one item per line; never printed)</source>
        <translation>&amp;Undantaget av ungdomen (en sak per rad; skrivs aldrig ut)</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialog.ui" line="9"/>
        <source>The young person&apos;s own &amp;view</source>
        <translation>Ungdomens egen &amp;synpunkt</translation>
    </message>
</context>
<context>
    <name>ConsentGiverDialog</name>
    <message>
        <location filename="../../ui/consent_giver_dialog.ui" line="6"/>
        <source>Add a consent</source>
        <translation>Lägg till ett samtycke</translation>
    </message>
    <message>
        <location filename="../../ui/consent_giver_dialog.ui" line="8"/>
        <source>&amp;Who consents now</source>
        <translation>&amp;Vem som samtycker nu</translation>
    </message>
    <message>
        <location filename="../../ui/consent_giver_dialog.ui" line="8"/>
        <source>&amp;How</source>
        <translation>&amp;Hur</translation>
    </message>
    <message>
        <location filename="../../ui/consent_giver_dialog.ui" line="8"/>
        <source>Heard &amp;by (oral)</source>
        <translation>Hört &amp;av (muntligt)</translation>
    </message>
    <message>
        <location filename="../../ui/consent_giver_dialog.ui" line="8"/>
        <source>&amp;On</source>
        <translation>&amp;Datum</translation>
    </message>
</context>
<context>
    <name>ConsentRevokeDialog</name>
    <message>
        <location filename="../../ui/consent_revoke_dialog.ui" line="6"/>
        <source>Revoke the consent</source>
        <translation>Återkalla samtycket</translation>
    </message>
    <message>
        <location filename="../../ui/consent_revoke_dialog.ui" line="8"/>
        <source>Revoked &amp;from</source>
        <translation>Återkallat &amp;från</translation>
    </message>
    <message>
        <location filename="../../ui/consent_revoke_dialog.ui" line="8"/>
        <source>&amp;How</source>
        <translation>&amp;Hur</translation>
    </message>
    <message>
        <location filename="../../ui/consent_revoke_dialog.ui" line="8"/>
        <source>e.g. orally to the contact person</source>
        <translation>t.ex. muntligt till kontaktpersonen</translation>
    </message>
</context>
<context>
    <name>ContactsPanel</name>
    <message>
        <location filename="../../hvbdesk/gui/plans/care_panels.py" line="140"/>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/plans/care_panels.py" line="141"/>
        <source>primary</source>
        <translation>ordinarie</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/plans/care_panels.py" line="141"/>
        <source>secondary</source>
        <translation>ersättare</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/plans/care_panels.py" line="143"/>
        <source>Contact person</source>
        <translation>Kontaktperson</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/plans/care_panels.py" line="146"/>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/plans/care_panels.py" line="150"/>
        <source>To</source>
        <translation>Till</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/plans/care_panels.py" line="150"/>
        <source>now</source>
        <translation>nu</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/plans/care_panels.py" line="151"/>
        <source>Reason for change</source>
        <translation>Skäl till byte</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/plans/care_panels.py" line="156"/>
        <location filename="../../hvbdesk/gui/plans/care_panels.py" line="171"/>
        <source>Treatment assistant</source>
        <translation>Behandlingsassistent</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/plans/care_panels.py" line="157"/>
        <source>Primary</source>
        <translation>Ordinarie</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/plans/care_panels.py" line="158"/>
        <source>Secondary</source>
        <translation>Ersättare</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/plans/care_panels.py" line="165"/>
        <source>Primary contact person</source>
        <translation>Ordinarie kontaktperson</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/plans/care_panels.py" line="166"/>
        <source>Secondary contact person</source>
        <translation>Ersättande kontaktperson</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/plans/care_panels.py" line="168"/>
        <source>Reason, when someone else had the role</source>
        <translation>Skäl, när någon annan hade uppdraget</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/plans/care_panels.py" line="169"/>
        <source>Assign</source>
        <translation>Utse</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/plans/care_panels.py" line="172"/>
        <source>As</source>
        <translation>Som</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/plans/care_panels.py" line="173"/>
        <source>Reason</source>
        <translation>Skäl</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/plans/care_panels.py" line="181"/>
        <source>Current load per treatment assistant</source>
        <translation>Nuvarande antal per behandlingsassistent</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/plans/care_panels.py" line="198"/>
        <source>Choose a treatment assistant…</source>
        <translation>Välj behandlingsassistent…</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/plans/care_panels.py" line="221"/>
        <source>Contact persons</source>
        <translation>Kontaktpersoner</translation>
    </message>
</context>
<context>
    <name>DeclineDialog</name>
    <message>
        <location filename="../../hvbdesk/gui/referrals/referral_dialogs.py" line="155"/>
        <source>Decline referral</source>
        <translation>Avböj förfrågan</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/referrals/referral_dialogs.py" line="155"/>
        <source>Why is the referral declined?</source>
        <translation>Varför avböjs förfrågan?</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/referrals/referral_dialogs.py" line="161"/>
        <source>More about the reason (required for &apos;other reason&apos;)</source>
        <translation>Mer om skälet (krävs för &apos;annat skäl&apos;)</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/referrals/referral_dialogs.py" line="162"/>
        <source>Reason</source>
        <translation>Skäl</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/referrals/referral_dialogs.py" line="163"/>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/referrals/referral_dialogs.py" line="164"/>
        <source>Decline</source>
        <translation>Avböj</translation>
    </message>
</context>
<context>
    <name>DeviationCloseDialog</name>
    <message>
        <location filename="../../hvbdesk/gui/deviations/deviation_dialogs.py" line="68"/>
        <source>Close the deviation</source>
        <translation>Avsluta avvikelsen</translation>
    </message>
    <message>
        <location filename="../../ui/deviation_close_dialog.ui" line="6"/>
        <source>Investigate and close the deviation</source>
        <translation>Utred och avsluta avvikelsen</translation>
    </message>
    <message>
        <location filename="../../ui/deviation_close_dialog.ui" line="8"/>
        <source>Deviation</source>
        <translation>Avvikelse</translation>
    </message>
    <message>
        <location filename="../../ui/deviation_close_dialog.ui" line="8"/>
        <source>&amp;Analysis: why did it happen?</source>
        <translation>&amp;Analys: varför hände det?</translation>
    </message>
    <message>
        <location filename="../../ui/deviation_close_dialog.ui" line="8"/>
        <source>&amp;Measures so it does not happen again</source>
        <translation>&amp;Åtgärder så att det inte händer igen</translation>
    </message>
    <message>
        <location filename="../../ui/deviation_close_dialog.ui" line="8"/>
        <source>Reported</source>
        <translation>Anmäld</translation>
    </message>
    <message>
        <location filename="../../ui/deviation_close_dialog.ui" line="8"/>
        <source>Reported under lex &amp;Sarah to the municipality</source>
        <translation>Anmäld enligt lex &amp;Sarah till kommunen</translation>
    </message>
    <message>
        <location filename="../../ui/deviation_close_dialog.ui" line="8"/>
        <source>Reported in the &amp;Region&apos;s deviation system</source>
        <translation>Rapporterad i &amp;Regionens avvikelsesystem</translation>
    </message>
</context>
<context>
    <name>DeviationDialog</name>
    <message>
        <location filename="../../hvbdesk/gui/deviations/deviation_dialogs.py" line="37"/>
        <source>No particular young person</source>
        <translation>Ingen särskild ungdom</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/deviations/deviation_dialogs.py" line="40"/>
        <source>What happened, where and when; facts, not judgements</source>
        <translation>Vad hände, var och när; fakta, inte värderingar</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/deviations/deviation_dialogs.py" line="41"/>
        <source>What was done at once</source>
        <translation>Vad som gjordes direkt</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/deviations/deviation_dialogs.py" line="42"/>
        <source>Register</source>
        <translation>Registrera</translation>
    </message>
    <message>
        <location filename="../../ui/deviation_dialog.ui" line="6"/>
        <source>Register a deviation</source>
        <translation>Registrera en avvikelse</translation>
    </message>
    <message>
        <location filename="../../ui/deviation_dialog.ui" line="8"/>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <location filename="../../ui/deviation_dialog.ui" line="8"/>
        <source>&amp;Kind</source>
        <translation>&amp;Slag</translation>
    </message>
    <message>
        <location filename="../../ui/deviation_dialog.ui" line="8"/>
        <source>&amp;About</source>
        <translation>&amp;Gäller</translation>
    </message>
    <message>
        <location filename="../../ui/deviation_dialog.ui" line="8"/>
        <source>&amp;What happened</source>
        <translation>&amp;Vad hände</translation>
    </message>
    <message>
        <location filename="../../ui/deviation_dialog.ui" line="8"/>
        <source>&amp;Immediate action</source>
        <translation>&amp;Omedelbar åtgärd</translation>
    </message>
</context>
<context>
    <name>DeviationsPage</name>
    <message>
        <location filename="../../hvbdesk/gui/deviations/deviations_page.py" line="27"/>
        <location filename="../../hvbdesk/gui/deviations/deviations_page.py" line="62"/>
        <source>Deviations</source>
        <translation>Avvikelser</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/deviations/deviations_page.py" line="31"/>
        <source>Register what went wrong or could have gone wrong, in the home&apos;s own work or in cooperation with social services and the Region. The manager investigates, closes and reports onwards where needed.</source>
        <translation>Registrera det som gick fel eller kunde ha gått fel, i hemmets eget arbete eller i samverkan med socialtjänsten och Regionen. Föreståndaren utreder, avslutar och anmäler vidare där det behövs.</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/deviations/deviations_page.py" line="38"/>
        <source>Open deviations</source>
        <translation>Öppna avvikelser</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/deviations/deviations_page.py" line="39"/>
        <source>All deviations</source>
        <translation>Alla avvikelser</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/deviations/deviations_page.py" line="40"/>
        <source>Show</source>
        <translation>Visa</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/deviations/deviations_page.py" line="41"/>
        <source>&amp;Register a deviation…</source>
        <translation>&amp;Registrera en avvikelse…</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/deviations/deviations_page.py" line="42"/>
        <source>&amp;Investigate and close…</source>
        <translation>&amp;Utred och avsluta…</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/deviations/deviations_page.py" line="51"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/deviations/deviations_page.py" line="52"/>
        <source>Kind</source>
        <translation>Slag</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/deviations/deviations_page.py" line="54"/>
        <source>About</source>
        <translation>Gäller</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/deviations/deviations_page.py" line="55"/>
        <source>a young person</source>
        <translation>en ungdom</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/deviations/deviations_page.py" line="57"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/deviations/deviations_page.py" line="58"/>
        <source>Registered by</source>
        <translation>Registrerad av</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/deviations/deviations_page.py" line="65"/>
        <source>The deviation</source>
        <translation>Avvikelsen</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/deviations/deviations_page.py" line="91"/>
        <source>No deviations to show.</source>
        <translation>Inga avvikelser att visa.</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/deviations/deviations_page.py" line="113"/>
        <source>What happened:</source>
        <translation>Vad hände:</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/deviations/deviations_page.py" line="116"/>
        <source>Immediate action:</source>
        <translation>Omedelbar åtgärd:</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/deviations/deviations_page.py" line="123"/>
        <source>lex Sarah</source>
        <translation>lex Sarah</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/deviations/deviations_page.py" line="124"/>
        <source>the Region&apos;s deviation system</source>
        <translation>Regionens avvikelsesystem</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/deviations/deviations_page.py" line="130"/>
        <source>Analysis:</source>
        <translation>Analys:</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/deviations/deviations_page.py" line="133"/>
        <source>Measures:</source>
        <translation>Åtgärder:</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/deviations/deviations_page.py" line="136"/>
        <source>Closed %1 by %2. Reported onwards: %3.</source>
        <translation>Avslutad %1 av %2. Anmäld vidare: %3.</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/deviations/deviations_page.py" line="139"/>
        <source>no</source>
        <translation>nej</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/deviations/deviations_page.py" line="154"/>
        <source>The deviation is registered. The manager is told on this page.</source>
        <translation>Avvikelsen är registrerad. Föreståndaren ser den på den här sidan.</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/deviations/deviations_page.py" line="162"/>
        <source>The deviation is closed.</source>
        <translation>Avvikelsen är avslutad.</translation>
    </message>
</context>
<context>
    <name>DischargeDialog</name>
    <message>
        <location filename="../../hvbdesk/gui/board/stay_dialogs.py" line="136"/>
        <source>Discharge %1 from place %2.</source>
        <translation>Skriv ut %1 från plats %2.</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/board/stay_dialogs.py" line="144"/>
        <location filename="../../ui/discharge_dialog.ui" line="6"/>
        <source>Discharge</source>
        <translation>Skriv ut</translation>
    </message>
    <message>
        <location filename="../../ui/discharge_dialog.ui" line="7"/>
        <source>&amp;Discharged</source>
        <translation>&amp;Utskriven</translation>
    </message>
    <message>
        <location filename="../../ui/discharge_dialog.ui" line="7"/>
        <source>&amp;Kind</source>
        <translation>&amp;Typ</translation>
    </message>
    <message>
        <location filename="../../ui/discharge_dialog.ui" line="7"/>
        <source>D&amp;estination</source>
        <translation>&amp;Vart</translation>
    </message>
    <message>
        <location filename="../../ui/discharge_dialog.ui" line="7"/>
        <source>&amp;Aftercare</source>
        <translation>&amp;Eftervård</translation>
    </message>
    <message>
        <location filename="../../ui/discharge_dialog.ui" line="7"/>
        <source>What has been arranged after the stay</source>
        <translation>Vad som är ordnat efter placeringen</translation>
    </message>
</context>
<context>
    <name>DisplayCheck</name>
    <message>
        <location filename="../../hvbdesk/display_check.py" line="79"/>
        <source>hvbdesk cannot open its window: Qt&apos;s X11 plugin needs libraries that this computer lacks (%1). On Debian or Ubuntu: sudo apt-get install %2</source>
        <translation>hvbdesk kan inte öppna sitt fönster: Qts X11-tillägg behöver bibliotek som saknas på den här datorn (%1). På Debian eller Ubuntu: sudo apt-get install %2</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <location filename="../../hvbdesk/gui/sip/sip_dialogs.py" line="184"/>
        <source>Goal, in the young person&apos;s own words</source>
        <translation>Mål, med ungdomens egna ord</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/sip/sip_dialogs.py" line="185"/>
        <source>Need</source>
        <translation>Behov</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/sip/sip_dialogs.py" line="186"/>
        <source>Action</source>
        <translation>Insats</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/sip/sip_dialogs.py" line="189"/>
        <source>(a goal: none)</source>
        <translation>(mål: inget)</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/sip/sip_dialogs.py" line="192"/>
        <source>(not an action)</source>
        <translation>(inte en insats)</translation>
    </message>
</context>
<context>
    <name>EstablishDialog</name>
    <message>
        <location filename="../../hvbdesk/gui/plans/plan_dialogs.py" line="35"/>
        <source>Establish the plan</source>
        <translation>Fastställ planen</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/plans/plan_dialogs.py" line="42"/>
        <source>Who took part, the young person first</source>
        <translation>Vilka som deltog, ungdomen först</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/plans/plan_dialogs.py" line="43"/>
        <source>Established on</source>
        <translation>Fastställd den</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/plans/plan_dialogs.py" line="44"/>
        <source>Took part</source>
        <translation>Deltog</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/plans/plan_dialogs.py" line="50"/>
        <source>Establish</source>
        <translation>Fastställ</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../hvbdesk/gui/shell/login_dialogs.py" line="166"/>
        <location filename="../../hvbdesk/gui/shell/login_dialogs.py" line="170"/>
        <source>Create account</source>
        <translation>Skapa konto</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/shell/login_dialogs.py" line="175"/>
        <source>Password: the two passwords differ</source>
        <translation>Lösenord: de två lösenorden är olika</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/shell/login_dialogs.py" line="186"/>
        <source>Creating the account …</source>
        <translation>Kontot skapas …</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_dialog.ui" line="6"/>
        <source>Set up hvbdesk</source>
        <translation>Kom igång med hvbdesk</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_dialog.ui" line="11"/>
        <source>Welcome to hvbdesk</source>
        <translation>Välkommen till hvbdesk</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_dialog.ui" line="16"/>
        <source>This database has no accounts yet. Create the account of the facility manager, who can then add the other staff&apos;s accounts.</source>
        <translation>Databasen har ännu inga konton. Skapa föreståndarens konto; föreståndaren lägger sedan upp kontona för övrig personal.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_dialog.ui" line="22"/>
        <source>&amp;Name</source>
        <translation>&amp;Namn</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_dialog.ui" line="24"/>
        <source>&amp;User name</source>
        <translation>&amp;Användarnamn</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_dialog.ui" line="26"/>
        <source>&amp;Password</source>
        <translation>&amp;Lösenord</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_dialog.ui" line="28"/>
        <source>&amp;Repeat password</source>
        <translation>&amp;Upprepa lösenord</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../../hvbdesk/gui/plans/plan_dialogs.py" line="123"/>
        <source>Follow up version %1</source>
        <translation>Följ upp version %1</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/plans/plan_dialogs.py" line="129"/>
        <source>Followed up on</source>
        <translation>Uppföljd den</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/plans/plan_dialogs.py" line="132"/>
        <source>reached</source>
        <translation>uppnått</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/plans/plan_dialogs.py" line="133"/>
        <source>partly reached</source>
        <translation>delvis uppnått</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/plans/plan_dialogs.py" line="134"/>
        <source>not reached</source>
        <translation>inte uppnått</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/plans/plan_dialogs.py" line="138"/>
        <source>Choose…</source>
        <translation>Välj…</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/plans/plan_dialogs.py" line="142"/>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/plans/plan_dialogs.py" line="149"/>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/plans/plan_dialogs.py" line="156"/>
        <source>Record follow-up</source>
        <translation>Registrera uppföljning</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/sip/sip_dialogs.py" line="233"/>
        <source>done</source>
        <translation>genomförd</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/sip/sip_dialogs.py" line="234"/>
        <source>partly done</source>
        <translation>delvis genomförd</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/sip/sip_dialogs.py" line="235"/>
        <source>not done</source>
        <translation>inte genomförd</translation>
    </message>
</context>
<context>
    <name>HandbookDialog</name>
    <message>
        <location filename="../../hvbdesk/gui/shell/handbook.py" line="24"/>
        <source>Handbook</source>
        <translation>Handbok</translation>
    </message>
</context>
<context>
    <name>JournalPanel</name>
    <message>
        <location filename="../../hvbdesk/gui/plans/journal_panel.py" line="57"/>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/plans/journal_panel.py" line="58"/>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/plans/journal_panel.py" line="59"/>
        <location filename="../../hvbdesk/gui/plans/journal_panel.py" line="71"/>
        <source>Written by</source>
        <translation>Skriven av</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/plans/journal_panel.py" line="60"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/plans/journal_panel.py" line="61"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/plans/journal_panel.py" line="67"/>
        <source>All kinds</source>
        <translation>Alla typer</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/plans/journal_panel.py" line="79"/>
        <source>Search the text…</source>
        <translation>Sök i texten…</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/plans/journal_panel.py" line="97"/>
        <source>No entries match.</source>
        <translation>Inga anteckningar matchar.</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/plans/journal_panel.py" line="117"/>
        <source>Write the entry here. It is saved as a draft while you write.</source>
        <translation>Skriv anteckningen här. Den sparas som utkast medan du skriver.</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/plans/journal_panel.py" line="120"/>
        <source>Sign</source>
        <translation>Signera</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/plans/journal_panel.py" line="122"/>
        <source>Discard draft</source>
        <translation>Släng utkast</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/plans/journal_panel.py" line="123"/>
        <source>Correct the selected entry…</source>
        <translation>Rätta markerad anteckning…</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/plans/journal_panel.py" line="170"/>
        <source>daily note</source>
        <translation>daganteckning</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/plans/journal_panel.py" line="171"/>
        <source>conversation</source>
        <translation>samtal</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/plans/journal_panel.py" line="172"/>
        <source>treatment session</source>
        <translation>behandlingssession</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/plans/journal_panel.py" line="173"/>
        <source>contact with social services</source>
        <translation>kontakt med socialtjänsten</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/plans/journal_panel.py" line="176"/>
        <source>incident</source>
        <translation>händelse</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/plans/journal_panel.py" line="177"/>
        <source>other</source>
        <translation>annat</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/plans/journal_panel.py" line="182"/>
        <source>draft</source>
        <translation>utkast</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/plans/journal_panel.py" line="184"/>
        <source>correction of %1</source>
        <translation>rättelse av %1</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/plans/journal_panel.py" line="186"/>
        <source>signed, corrected by %1</source>
        <translation>signerad, rättad av %1</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/plans/journal_panel.py" line="187"/>
        <source>signed</source>
        <translation>signerad</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/plans/journal_panel.py" line="195"/>
        <source>No goal</source>
        <translation>Inget mål</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/plans/journal_panel.py" line="195"/>
        <source>All goals</source>
        <translation>Alla mål</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/plans/journal_panel.py" line="225"/>
        <source>Your unsigned draft was brought back.</source>
        <translation>Ditt osignerade utkast har tagits fram igen.</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/plans/journal_panel.py" line="269"/>
        <source>Draft saved %1</source>
        <translation>Utkast sparat %1</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/plans/journal_panel.py" line="301"/>
        <source>The saved draft is shown; your text is on the clipboard.</source>
        <translation>Det sparade utkastet visas; din text finns i urklipp.</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/plans/journal_panel.py" line="308"/>
        <location filename="../../hvbdesk/gui/plans/journal_panel.py" line="317"/>
        <location filename="../../hvbdesk/gui/plans/journal_panel.py" line="341"/>
        <location filename="../../hvbdesk/gui/plans/journal_panel.py" line="346"/>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/plans/journal_panel.py" line="329"/>
        <source>Correct entry</source>
        <translation>Rätta anteckning</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/plans/journal_panel.py" line="331"/>
        <source>The signed entry stays as it is. Write the correction; it is signed at once and points to it.</source>
        <translation>Den signerade anteckningen står kvar som den är. Skriv rättelsen; den signeras direkt och pekar på den.</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/plans/journal_panel.py" line="341"/>
        <source>Select a signed entry in the list first.</source>
        <translation>Markera först en signerad anteckning i listan.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../hvbdesk/gui/common/labels.py" line="23"/>
        <source>ordinary</source>
        <translation>ordinarie</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/common/labels.py" line="24"/>
        <source>acute</source>
        <translation>akut</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/common/labels.py" line="30"/>
        <source>In the home&apos;s own work</source>
        <translation>I hemmets eget arbete</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/common/labels.py" line="31"/>
        <source>In cooperation with social services</source>
        <translation>I samverkan med socialtjänsten</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/common/labels.py" line="32"/>
        <source>In cooperation with the Region</source>
        <translation>I samverkan med Regionen</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/common/labels.py" line="33"/>
        <source>Medication</source>
        <translation>Läkemedel</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/common/labels.py" line="34"/>
        <source>Violence or threat</source>
        <translation>Våld eller hot</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/common/labels.py" line="35"/>
        <source>Absconding</source>
        <translation>Avvikit från hemmet</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/common/labels.py" line="36"/>
        <source>Other</source>
        <translation>Annat</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/common/labels.py" line="42"/>
        <source>open, to be investigated</source>
        <translation>öppen, ska utredas</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/common/labels.py" line="43"/>
        <source>closed</source>
        <translation>avslutad</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/common/labels.py" line="53"/>
        <source>woman</source>
        <translation>kvinna</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/common/labels.py" line="54"/>
        <source>man</source>
        <translation>man</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/common/labels.py" line="55"/>
        <source>non-binary</source>
        <translation>icke-binär</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/common/labels.py" line="61"/>
        <source>planned</source>
        <translation>planerad</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/common/labels.py" line="62"/>
        <source>unplanned (broken off)</source>
        <translation>oplanerad (avbrott)</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/common/labels.py" line="68"/>
        <source>home</source>
        <translation>hem</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/common/labels.py" line="69"/>
        <source>another HVB</source>
        <translation>annat HVB</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/common/labels.py" line="70"/>
        <source>own housing</source>
        <translation>eget boende</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/common/labels.py" line="71"/>
        <source>SiS</source>
        <translation>SiS</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/common/labels.py" line="72"/>
        <source>other</source>
        <translation>annat</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/common/labels.py" line="78"/>
        <source>no place free</source>
        <translation>ingen ledig plats</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/common/labels.py" line="79"/>
        <source>outside the target group</source>
        <translation>utanför målgruppen</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/common/labels.py" line="80"/>
        <source>needs detoxification first</source>
        <translation>behöver avgiftning först</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/common/labels.py" line="81"/>
        <source>risks the home cannot meet</source>
        <translation>risker som hemmet inte kan möta</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/common/labels.py" line="82"/>
        <source>other reason</source>
        <translation>annat skäl</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/common/labels.py" line="88"/>
        <source>not decided</source>
        <translation>ej beslutad</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/common/labels.py" line="89"/>
        <source>accepted</source>
        <translation>accepterad</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/common/labels.py" line="90"/>
        <source>waiting list</source>
        <translation>väntelista</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/common/labels.py" line="91"/>
        <source>declined</source>
        <translation>avböjd</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/common/labels.py" line="100"/>
        <source>Acute stay ended %1: discharge or extend</source>
        <translation>Akutplaceringen slutade %1: skriv ut eller förläng</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/common/labels.py" line="102"/>
        <source>Acute stay ends %1</source>
        <translation>Akutplaceringen slutar %1</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/common/labels.py" line="105"/>
        <source>Cost split not settled; the deadline was %1</source>
        <translation>Kostnadsfördelningen är inte klar; sista dag var %1</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/common/labels.py" line="107"/>
        <source>Settle the cost split and municipality of registration by %1</source>
        <translation>Klargör kostnadsfördelning och folkbokföringskommun senast %1</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/common/labels.py" line="109"/>
        <source>LVU reconsideration due %1</source>
        <translation>LVU ska övervägas/omprövas senast %1</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/common/labels.py" line="111"/>
        <source>The stay passed 24 weeks on %1</source>
        <translation>Placeringen passerade 24 veckor %1</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/common/labels.py" line="113"/>
        <source>The stay reaches 24 weeks on %1</source>
        <translation>Placeringen når 24 veckor %1</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/common/labels.py" line="116"/>
        <source>Planned end %1 passed with no discharge planned</source>
        <translation>Planerat slut %1 har passerats utan planerad utskrivning</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/common/labels.py" line="118"/>
        <source>Planned end %1 and no discharge planned</source>
        <translation>Planerat slut %1 och ingen utskrivning planerad</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/common/labels.py" line="120"/>
        <source>Under 18 and no guardian registered</source>
        <translation>Under 18 år och ingen vårdnadshavare registrerad</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/common/labels.py" line="121"/>
        <source>No primary contact person; one was due %1</source>
        <translation>Ingen ordinarie kontaktperson; den skulle finnas %1</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/common/labels.py" line="122"/>
        <source>Social services&apos; care plan not received; it was due %1</source>
        <translation>Socialtjänstens vårdplan har inte kommit; den skulle finnas %1</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/common/labels.py" line="126"/>
        <source>Implementation plan missing; it was due %1</source>
        <translation>Genomförandeplan saknas; den skulle finnas %1</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/common/labels.py" line="128"/>
        <source>First implementation plan due %1</source>
        <translation>Första genomförandeplanen ska finnas %1</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/common/labels.py" line="131"/>
        <source>Follow-up of the plan was due %1</source>
        <translation>Uppföljningen av planen skulle ha gjorts %1</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/common/labels.py" line="133"/>
        <source>Follow up the plan by %1</source>
        <translation>Följ upp planen senast %1</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/common/labels.py" line="135"/>
        <source>The consent for SIP work ends %1: renew it</source>
        <translation>Samtycket för SIP-arbetet upphör %1: förnya det</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/common/labels.py" line="136"/>
        <source>The consent for SIP work ended %1</source>
        <translation>Samtycket för SIP-arbetet upphörde %1</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/common/labels.py" line="137"/>
        <source>The consent was revoked from %1: nothing is shared</source>
        <translation>Samtycket återkallades från %1: inget delas</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/common/labels.py" line="138"/>
        <source>The consent given %1 lacks a guardian&apos;s (or the young person&apos;s) consent</source>
        <translation>Samtycket från %1 saknar en vårdnadshavares (eller ungdomens) samtycke</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/common/labels.py" line="141"/>
        <source>Turned 18 on %1: the guardians&apos; consent no longer applies; ask the young person</source>
        <translation>Fyllde 18 den %1: vårdnadshavarnas samtycke gäller inte längre; fråga ungdomen</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/common/labels.py" line="144"/>
        <source>Turns 18 on %1: the guardians&apos; consent ends then; ask the young person</source>
        <translation>Fyller 18 den %1: vårdnadshavarnas samtycke upphör då; fråga ungdomen</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/common/labels.py" line="147"/>
        <source>SIP started %1 without a consent</source>
        <translation>SIP påbörjad %1 utan samtycke</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/common/labels.py" line="148"/>
        <source>A SIP action was to be followed up %1</source>
        <translation>En SIP-insats skulle följas upp %1</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/common/labels.py" line="149"/>
        <source>The SIP started %1 has no follow-up planned</source>
        <translation>SIP:en från %1 har ingen uppföljning planerad</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../hvbdesk/gui/shell/idle_lock.py" line="79"/>
        <source>The screen is locked</source>
        <translation>Skärmen är låst</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/shell/idle_lock.py" line="83"/>
        <source>Personal data is hidden. %1 can unlock with their password.</source>
        <translation>Personuppgifterna är dolda. %1 kan låsa upp med sitt lösenord.</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/shell/idle_lock.py" line="92"/>
        <source>Password</source>
        <translation>Lösenord</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/shell/idle_lock.py" line="99"/>
        <source>Unlock</source>
        <translation>Lås upp</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/shell/idle_lock.py" line="101"/>
        <source>Log out</source>
        <translation>Logga ut</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/shell/idle_lock.py" line="134"/>
        <source>Wrong password. The attempt has been logged.</source>
        <translation>Fel lösenord. Försöket har loggats.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../hvbdesk/gui/shell/login_dialogs.py" line="48"/>
        <source>Database: %1</source>
        <translation>Databas: %1</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/shell/login_dialogs.py" line="94"/>
        <source>DEMO database with fictional data. Password for every account: demo</source>
        <translation>DEMO-databas med påhittade uppgifter. Lösenord för alla konton: demo</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/shell/login_dialogs.py" line="121"/>
        <source>Opening the database … you will be logged in as soon as it is open.</source>
        <translation>Databasen öppnas … du loggas in så snart den är öppen.</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/shell/login_dialogs.py" line="123"/>
        <location filename="../../hvbdesk/gui/shell/login_dialogs.py" line="127"/>
        <source>Checking the password …</source>
        <translation>Lösenordet kontrolleras …</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/shell/login_dialogs.py" line="45"/>
        <location filename="../../hvbdesk/gui/shell/login_dialogs.py" line="54"/>
        <location filename="../../ui/login_dialog.ui" line="6"/>
        <source>Log in</source>
        <translation>Logga in</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.ui" line="11"/>
        <source>Log in to hvbdesk</source>
        <translation>Logga in i hvbdesk</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.ui" line="22"/>
        <source>&amp;User name</source>
        <translation>&amp;Användarnamn</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.ui" line="24"/>
        <source>&amp;Password</source>
        <translation>&amp;Lösenord</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../hvbdesk/gui/shell/main_window.py" line="86"/>
        <source>Occupancy</source>
        <translation>Beläggning</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/shell/main_window.py" line="92"/>
        <source>Referrals</source>
        <translation>Förfrågningar</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/shell/main_window.py" line="98"/>
        <source>Young people</source>
        <translation>Ungdomar</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/shell/main_window.py" line="104"/>
        <source>Plans</source>
        <translation>Planer</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/shell/main_window.py" line="105"/>
        <source>SIP</source>
        <translation>SIP</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/shell/main_window.py" line="108"/>
        <source>Roster</source>
        <translation>Schema</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/shell/main_window.py" line="114"/>
        <source>Deviations</source>
        <translation>Avvikelser</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/shell/main_window.py" line="120"/>
        <source>Reports</source>
        <translation>Rapporter</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/shell/main_window.py" line="126"/>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/shell/main_window.py" line="195"/>
        <source>hvbdesk</source>
        <translation>hvbdesk</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/shell/main_window.py" line="247"/>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/shell/main_window.py" line="248"/>
        <source>&amp;Lock the screen</source>
        <translation>&amp;Lås skärmen</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/shell/main_window.py" line="252"/>
        <source>Log &amp;out</source>
        <translation>Logga &amp;ut</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/shell/main_window.py" line="256"/>
        <location filename="../../hvbdesk/gui/shell/main_window.py" line="300"/>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/shell/main_window.py" line="263"/>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/shell/main_window.py" line="267"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/shell/main_window.py" line="268"/>
        <source>&amp;Handbook</source>
        <translation>&amp;Handbok</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/shell/main_window.py" line="272"/>
        <source>&amp;About hvbdesk</source>
        <translation>&amp;Om hvbdesk</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/shell/main_window.py" line="276"/>
        <source>About hvbdesk</source>
        <translation>Om hvbdesk</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/shell/main_window.py" line="277"/>
        <source>hvbdesk %1 – daily operations of %2.</source>
        <translation>hvbdesk %1 – den dagliga verksamheten på %2.</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/shell/main_window.py" line="300"/>
        <source>The language changes the next time hvbdesk starts.</source>
        <translation>Språket byts nästa gång hvbdesk startar.</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/shell/main_window.py" line="306"/>
        <source>Logged in: %1 (%2)</source>
        <translation>Inloggad: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/shell/main_window.py" line="310"/>
        <source>Database: %1</source>
        <translation>Databas: %1</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/shell/main_window.py" line="312"/>
        <source>Locked</source>
        <translation>Låst</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/shell/main_window.py" line="319"/>
        <source>DEMO – fictional data</source>
        <translation>DEMO – påhittade uppgifter</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <location filename="../../hvbdesk/gui/sip/sip_dialogs.py" line="261"/>
        <source>follow-up meeting</source>
        <translation>uppföljningsmöte</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/sip/sip_dialogs.py" line="262"/>
        <source>first meeting</source>
        <translation>första mötet</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/sip/sip_dialogs.py" line="265"/>
        <source>The HVB home</source>
        <translation>HVB-hemmet</translation>
    </message>
</context>
<context>
    <name>MembershipDialog</name>
    <message>
        <location filename="../../hvbdesk/gui/admin/reference_dialogs.py" line="45"/>
        <source>Change the membership of %1</source>
        <translation>Ändra medlemskapet för %1</translation>
    </message>
    <message>
        <location filename="../../ui/membership_dialog.ui" line="6"/>
        <source>Membership of the agreement</source>
        <translation>Medlemskap i samverkansavtalet</translation>
    </message>
    <message>
        <location filename="../../ui/membership_dialog.ui" line="8"/>
        <source>&amp;Municipality</source>
        <translation>&amp;Kommun</translation>
    </message>
    <message>
        <location filename="../../ui/membership_dialog.ui" line="8"/>
        <source>Member &amp;from</source>
        <translation>Medlem &amp;från</translation>
    </message>
    <message>
        <location filename="../../ui/membership_dialog.ui" line="8"/>
        <source>Still a &amp;member (no end date)</source>
        <translation>Fortfarande &amp;medlem (inget slutdatum)</translation>
    </message>
    <message>
        <location filename="../../ui/membership_dialog.ui" line="8"/>
        <source>Member &amp;to and including</source>
        <translation>Medlem &amp;till och med</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="13"/>
        <source>User name</source>
        <translation>Användarnamn</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="14"/>
        <source>Password</source>
        <translation>Lösenord</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="15"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="16"/>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="17"/>
        <source>Personal identity number</source>
        <translation>Personnummer</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="18"/>
        <source>First name</source>
        <translation>Förnamn</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="19"/>
        <source>Last name</source>
        <translation>Efternamn</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="20"/>
        <source>Legal basis</source>
        <translation>Lagrum</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="21"/>
        <source>Admitted</source>
        <translation>Inskriven</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="22"/>
        <source>Place</source>
        <translation>Plats</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="23"/>
        <source>Planned end</source>
        <translation>Planerat slut</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="24"/>
        <source>Guardians</source>
        <translation>Vårdnadshavare</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="25"/>
        <source>Guardian</source>
        <translation>Vårdnadshavare</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="26"/>
        <source>Placing municipality</source>
        <translation>Placerande kommun</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="27"/>
        <source>Registered in</source>
        <translation>Folkbokförd i</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="28"/>
        <source>Days</source>
        <translation>Dagar</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="29"/>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="30"/>
        <source>Reason</source>
        <translation>Skäl</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="31"/>
        <source>Stay</source>
        <translation>Placering</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="32"/>
        <source>Discharged</source>
        <translation>Utskriven</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="33"/>
        <source>Moved</source>
        <translation>Flyttad</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="34"/>
        <source>Settled on</source>
        <translation>Klar den</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="35"/>
        <source>Received</source>
        <translation>Inkommen</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="36"/>
        <source>Wished start</source>
        <translation>Önskad start</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="37"/>
        <source>Age</source>
        <translation>Ålder</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="38"/>
        <source>Referral</source>
        <translation>Förfrågan</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="39"/>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="40"/>
        <source>Reserved until</source>
        <translation>Reserverad till</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="41"/>
        <source>Took part</source>
        <translation>Deltog</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="42"/>
        <source>Goals</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="43"/>
        <source>The young person&apos;s words</source>
        <translation>Ungdomens ord</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="44"/>
        <source>Established on</source>
        <translation>Fastställd den</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="45"/>
        <source>Followed up on</source>
        <translation>Uppföljd den</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="46"/>
        <source>Treatment assistant</source>
        <translation>Behandlingsassistent</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="47"/>
        <location filename="../../hvbdesk/i18n/messages.py" line="66"/>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="48"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="49"/>
        <source>Entry</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="50"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="51"/>
        <source>Written by</source>
        <translation>Skriven av</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="52"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="53"/>
        <source>Needs and goals</source>
        <translation>Behov och mål</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="54"/>
        <source>Dated</source>
        <translation>Daterad</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="55"/>
        <source>Phase</source>
        <translation>Fas</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="56"/>
        <source>Shift</source>
        <translation>Pass</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="57"/>
        <source>Shift code</source>
        <translation>Passkod</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="58"/>
        <source>Shift name</source>
        <translation>Passnamn</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="59"/>
        <source>Shift start</source>
        <translation>Passet börjar</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="60"/>
        <source>Shift end</source>
        <translation>Passet slutar</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="61"/>
        <source>Break</source>
        <translation>Rast</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="62"/>
        <source>Roles</source>
        <translation>Roller</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="63"/>
        <source>Staffing demand</source>
        <translation>Bemanning</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="64"/>
        <source>Weeks</source>
        <translation>Veckor</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="65"/>
        <source>Time limit</source>
        <translation>Tidsgräns</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="67"/>
        <source>To and including</source>
        <translation>Till och med</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="68"/>
        <source>New value</source>
        <translation>Nytt värde</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="69"/>
        <source>Setting</source>
        <translation>Inställning</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="70"/>
        <location filename="../../hvbdesk/i18n/messages.py" line="71"/>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="72"/>
        <source>Header row</source>
        <translation>Rubrikrad</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="73"/>
        <source>Row</source>
        <translation>Rad</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="74"/>
        <source>Admitted (admitted)</source>
        <translation>Inskriven (admitted)</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="75"/>
        <source>Discharged (discharged)</source>
        <translation>Utskriven (discharged)</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="76"/>
        <source>Discharge reason (discharge_reason)</source>
        <translation>Orsak till utskrivning (discharge_reason)</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="77"/>
        <source>Gender (gender)</source>
        <translation>Kön (gender)</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="78"/>
        <source>Employer (employer)</source>
        <translation>Arbetsgivare (employer)</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="79"/>
        <source>Position in per cent (fte_percent)</source>
        <translation>Tjänstgöringsgrad i procent (fte_percent)</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="80"/>
        <source>Weekdays only (weekdays_only)</source>
        <translation>Endast vardagar (weekdays_only)</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="91"/>
        <source>use 2–60 characters: lower-case letters a–z, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>använd 2–60 tecken: små bokstäver a–z, siffror, &apos;.&apos;, &apos;_&apos; eller &apos;-&apos;</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="94"/>
        <source>is already taken by another account</source>
        <translation>används redan av ett annat konto</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="95"/>
        <source>you cannot switch off your own account</source>
        <translation>du kan inte stänga av ditt eget konto</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="96"/>
        <source>must not be empty</source>
        <translation>får inte vara tomt</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="105"/>
        <source>an acute admission goes to an acute place</source>
        <translation>en akutplacering ska till en akutplats</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="109"/>
        <source>a young person under 18 needs at least one guardian registered</source>
        <translation>en ungdom under 18 år behöver minst en registrerad vårdnadshavare</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="112"/>
        <source>is in the future; reserve the place instead</source>
        <translation>ligger i framtiden; reservera platsen i stället</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="113"/>
        <source>the young person already has an open stay</source>
        <translation>ungdomen har redan en pågående placering</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="114"/>
        <source>the place is occupied; discharge or move that stay first</source>
        <translation>platsen är belagd; skriv ut eller flytta den placeringen först</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="115"/>
        <source>the place is held by another stay or reservation then</source>
        <translation>platsen är upptagen av en annan placering eller reservation då</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="116"/>
        <source>there is no such place</source>
        <translation>platsen finns inte</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="117"/>
        <source>the stay is already in that place</source>
        <translation>placeringen är redan på den platsen</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="118"/>
        <source>must be filled in (YYYYMMDD-NNNN)</source>
        <translation>måste fyllas i (ÅÅÅÅMMDD-NNNN)</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="119"/>
        <source>may hold only digits and a hyphen</source>
        <translation>får bara innehålla siffror och bindestreck</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="120"/>
        <source>must have 12 digits: YYYYMMDD-NNNN</source>
        <translation>måste ha 12 siffror: ÅÅÅÅMMDD-NNNN</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="121"/>
        <source>does not start with a real date</source>
        <translation>börjar inte med ett riktigt datum</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="122"/>
        <source>has a wrong check digit; check the last four digits</source>
        <translation>har fel kontrollsiffra; kontrollera de fyra sista siffrorna</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="123"/>
        <source>is not a known municipality</source>
        <translation>är ingen känd kommun</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="124"/>
        <source>must be filled in</source>
        <translation>måste fyllas i</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="125"/>
        <source>only acute stays are extended; change the planned end instead</source>
        <translation>bara akutplaceringar förlängs; ändra planerat slut i stället</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="188"/>
        <source>&apos;%1&apos; is not a role; use one of %2</source>
        <translation>&apos;%1&apos; är inte en roll; använd någon av %2</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="189"/>
        <source>&apos;%1&apos; is no account</source>
        <translation>&apos;%1&apos; är inget konto</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="190"/>
        <source>cannot read %1: %2</source>
        <translation>kan inte läsa %1: %2</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="191"/>
        <source>is not UTF-8 text; save it as &apos;CSV UTF-8&apos; in the spreadsheet program</source>
        <translation>är inte UTF-8-text; spara den som &apos;CSV UTF-8&apos; i kalkylprogrammet</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="194"/>
        <source>is empty or has no header row</source>
        <translation>är tom eller saknar rubrikrad</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="195"/>
        <source>has a header but no rows</source>
        <translation>har en rubrikrad men inga rader</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="196"/>
        <source>missing column(s): %1</source>
        <translation>kolumner saknas: %1</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="197"/>
        <source>unknown column(s): %1</source>
        <translation>okända kolumner: %1</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="198"/>
        <source>column(s) given twice: %1</source>
        <translation>kolumner som finns två gånger: %1</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="199"/>
        <source>has %1 values but the header names %2</source>
        <translation>har %1 värden men rubrikraden har %2</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="200"/>
        <source>&apos;%1&apos; is not one of %2</source>
        <translation>&apos;%1&apos; är inte något av %2</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="201"/>
        <source>&apos;%1&apos; is not a time written YYYY-MM-DD HH:MM</source>
        <translation>&apos;%1&apos; är inte en tidpunkt skriven ÅÅÅÅ-MM-DD TT:MM (YYYY-MM-DD HH:MM)</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="202"/>
        <source>is longer than %1 characters</source>
        <translation>är längre än %1 tecken</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="203"/>
        <source>holds a line break, tab or other control character</source>
        <translation>innehåller en radbrytning, tabb eller annat styrtecken</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="204"/>
        <source>&apos;%1&apos; is not a whole number from 1 to 100 (leave it empty for temporary staff)</source>
        <translation>&apos;%1&apos; är inte ett heltal från 1 till 100 (lämna tomt för vikarier)</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="207"/>
        <source>&apos;%1&apos; is not yes or no</source>
        <translation>&apos;%1&apos; är inte yes eller no</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="208"/>
        <source>&apos;%1&apos; is not a known municipality name or code</source>
        <translation>&apos;%1&apos; är inte ett känt kommunnamn eller en känd kommunkod</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="209"/>
        <source>&apos;%1&apos; is not a place number of the home (%2)</source>
        <translation>&apos;%1&apos; är inte ett platsnummer på hemmet (%2)</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="210"/>
        <source>is empty but the stay has a discharge time</source>
        <translation>är tom men vistelsen har en utskrivningstid</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="211"/>
        <source>is given but the stay has no discharge time</source>
        <translation>är ifylld men vistelsen har ingen utskrivningstid</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="212"/>
        <source>is already registered under another name</source>
        <translation>är redan registrerat med ett annat namn</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="213"/>
        <source>the young person already has a registered stay at that time</source>
        <translation>ungdomen har redan en registrerad vistelse vid den tiden</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="216"/>
        <source>overlaps the stay on line %1 (place %2)</source>
        <translation>överlappar vistelsen på rad %1 (plats %2)</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="217"/>
        <source>overlaps the stay on line %1 (the same young person)</source>
        <translation>överlappar vistelsen på rad %1 (samma ungdom)</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="218"/>
        <source>place %1 already holds a registered stay at that time</source>
        <translation>plats %1 har redan en registrerad vistelse vid den tiden</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="219"/>
        <source>is in the future; an import records what has happened (plan the discharge in the app)</source>
        <translation>ligger i framtiden; en import registrerar det som har hänt (planera utskrivningen i appen)</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="222"/>
        <source>has another name on line %1 (%2)</source>
        <translation>har ett annat namn på rad %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="223"/>
        <source>has a field longer than %1 characters</source>
        <translation>har ett fält som är längre än %1 tecken</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="224"/>
        <source>cannot be read as CSV (%1)</source>
        <translation>kan inte läsas som CSV (%1)</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="258"/>
        <source>There is no audit key for this PostgreSQL database: set %1 (the same on every workstation) or keep it in the key store.</source>
        <translation>Det finns ingen loggboksnyckel för den här PostgreSQL-databasen: ange %1 (samma på varje arbetsplats) eller spara den i nyckelförrådet.</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="263"/>
        <source>The audit log was already broken before this update, so the database has been left as it was. Keep it and its backup for whoever investigates, and run &apos;hvbdesk check&apos; to see the breaks.</source>
        <translation>Loggboken var redan bruten före den här uppdateringen, så databasen har lämnats som den var. Spara den och dess säkerhetskopia åt den som ska utreda, och kör &apos;hvbdesk check&apos; för att se brotten.</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="268"/>
        <source>The audit log&apos;s chain is broken, so its head is not sealed anew. Run &apos;hvbdesk check&apos;.</source>
        <translation>Loggbokens kedja är bruten, så dess slutpunkt förseglas inte på nytt. Kör &apos;hvbdesk check&apos;.</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="271"/>
        <source>The backup&apos;s audit log is not an earlier state of this database&apos;s log (row %1 differs): it comes from another database, or one of the logs was rewritten. Nothing was restored; run &apos;hvbdesk check&apos;.</source>
        <translation>Säkerhetskopians loggbok är inte ett tidigare läge av den här databasens logg (rad %1 skiljer sig): den kommer från en annan databas, eller så har en av loggarna skrivits om. Inget återställdes; kör &apos;hvbdesk check&apos;.</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="276"/>
        <source>The audit log in %1 is not the one sealed beside it when the backup was made. Nothing was restored.</source>
        <translation>Loggboken i %1 är inte den som förseglades bredvid den när säkerhetskopian togs. Inget återställdes.</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="280"/>
        <source>The database is busy with another workstation&apos;s change. Try again in a moment.</source>
        <translation>Databasen är upptagen med en ändring från en annan arbetsstation. Försök igen om en stund.</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="283"/>
        <source>%1 changed this stay at %2, after you opened it. Close and open it again to see the change.</source>
        <translation>%1 ändrade vistelsen %2, efter att du öppnade den. Stäng och öppna den igen för att se ändringen.</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="287"/>
        <source>%1 saved this draft at %2, after you opened it.</source>
        <translation>%1 sparade utkastet %2, efter att du öppnade det.</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="288"/>
        <source>%1 saved this draft at %2 in another window or on another workstation, after it was opened here.</source>
        <translation>%1 sparade utkastet %2 i ett annat fönster eller på en annan arbetsplats, efter att det öppnades här.</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="292"/>
        <source>%1 decided on this referral at %2, after you opened it. Open it again to see the decision.</source>
        <translation>%1 fattade beslut om förfrågan %2, efter att du öppnade den. Öppna den igen för att se beslutet.</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="295"/>
        <source>%1 changed this reservation at %2, after you opened the board. Look at the board again.</source>
        <translation>%1 ändrade reservationen %2, efter att du öppnade tavlan. Titta på tavlan igen.</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="298"/>
        <source>%1 changed this setting at %2, after you opened it. Open it again to see the change.</source>
        <translation>%1 ändrade inställningen %2, efter att du öppnade den. Öppna den igen för att se ändringen.</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="301"/>
        <source>%1 saved this roster at %2, after you opened it. Your changes are still on the screen; choose what to keep.</source>
        <translation>%1 sparade schemat %2, efter att du öppnade det. Dina ändringar finns kvar på skärmen; välj vad som ska gälla.</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="306"/>
        <source>%1 saved a new roster set-up at %2, after you opened it. Open it again to see the change.</source>
        <translation>%1 sparade nya schemainställningar %2, efter att du öppnade dem. Öppna dem igen för att se ändringen.</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="309"/>
        <source>%1 changed the contact persons of this stay at %2, after you opened it. Look again first.</source>
        <translation>%1 ändrade kontaktpersonerna för placeringen %2, efter att du öppnade den. Titta igen först.</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="315"/>
        <source>Too many failed logins: wait %1 seconds and try again.</source>
        <translation>För många misslyckade inloggningar: vänta %1 sekunder och försök igen.</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="316"/>
        <source>Too many failed logins: wait a second and try again.</source>
        <translation>För många misslyckade inloggningar: vänta en sekund och försök igen.</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="317"/>
        <source>The account is locked after %1 failed logins, until %2. The manager can unlock it sooner.</source>
        <translation>Kontot är låst efter %1 misslyckade inloggningar, till klockan %2. Föreståndaren kan låsa upp det tidigare.</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="322"/>
        <source>There is no database at %1. Create one with &apos;hvbdesk init&apos; or &apos;hvbdesk demo&apos;.</source>
        <translation>Det finns ingen databas i %1. Skapa en med &apos;hvbdesk init&apos; eller &apos;hvbdesk demo&apos;.</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="325"/>
        <source>There is already a database at %1.</source>
        <translation>Det finns redan en databas i %1.</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="326"/>
        <source>The PostgreSQL server at %1:%2 cannot be reached: %3</source>
        <translation>PostgreSQL-servern på %1:%2 går inte att nå: %3</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="327"/>
        <source>The database address must not hold the password: give it in %1 or the key store.</source>
        <translation>Databasens adress får inte innehålla lösenordet: ange det i %1 eller i nyckelringen.</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="330"/>
        <source>The PostgreSQL database already holds hvbdesk&apos;s tables.</source>
        <translation>PostgreSQL-databasen har redan hvbdesks tabeller.</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="331"/>
        <source>The PostgreSQL database holds no hvbdesk tables yet: run &apos;hvbdesk init&apos; first.</source>
        <translation>PostgreSQL-databasen har inga hvbdesk-tabeller ännu: kör &apos;hvbdesk init&apos; först.</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="334"/>
        <source>Backups are made here only of the embedded database; on PostgreSQL use pg_dump.</source>
        <translation>Här görs säkerhetskopior bara av den inbyggda databasen; på PostgreSQL används pg_dump.</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="337"/>
        <source>%1 already exists; choose a new file name.</source>
        <translation>%1 finns redan; välj ett nytt filnamn.</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="338"/>
        <source>There is no backup at %1.</source>
        <translation>Det finns ingen säkerhetskopia i %1.</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="339"/>
        <source>There is no stay with id %1.</source>
        <translation>Det finns ingen vistelse med id %1.</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="340"/>
        <source>There is no young person with id %1.</source>
        <translation>Det finns ingen ungdom med id %1.</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="341"/>
        <source>The young person with id %1 has no stay.</source>
        <translation>Ungdomen med id %1 har ingen vistelse.</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="342"/>
        <source>There is no referral with id %1.</source>
        <translation>Det finns ingen förfrågan med id %1.</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="343"/>
        <source>There is no active reservation with id %1.</source>
        <translation>Det finns ingen aktiv reservation med id %1.</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="344"/>
        <source>There is no implementation plan with id %1.</source>
        <translation>Det finns ingen genomförandeplan med id %1.</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="345"/>
        <source>There is no journal entry with id %1.</source>
        <translation>Det finns ingen journalanteckning med id %1.</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="346"/>
        <source>There is no account with id %1.</source>
        <translation>Det finns inget konto med id %1.</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="100"/>
        <source>the home takes young people %1 up to and including %2 years at admission</source>
        <translation>hemmet tar emot ungdomar från %1 till och med %2 år vid inskrivning</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="97"/>
        <source>must have at least %1 characters</source>
        <translation>måste ha minst %1 tecken</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="103"/>
        <source>LVU §2 applies only up to %1 years</source>
        <translation>LVU §2 gäller bara till och med %1 år</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="104"/>
        <source>acute admissions are taken %1–%2</source>
        <translation>akuta inskrivningar tas emot %1–%2</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="106"/>
        <source>acute stays are %1 days (plus an extension); ordinary stays %2–%3 weeks</source>
        <translation>akutplaceringar är %1 dagar (plus förlängning); ordinarie placeringar %2–%3 veckor</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="128"/>
        <source>an extension is %1–%2 days</source>
        <translation>en förlängning är %1–%2 dagar</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="129"/>
        <source>an acute stay is extended at most once (the manager may set this aside with a reason)</source>
        <translation>en akutplacering förlängs högst en gång (föreståndaren kan göra undantag med motivering)</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="132"/>
        <source>give a reason</source>
        <translation>ange ett skäl</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="133"/>
        <source>is discharged and can no longer be changed</source>
        <translation>är utskriven och kan inte längre ändras</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="134"/>
        <source>is before the admission</source>
        <translation>är före inskrivningen</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="135"/>
        <location filename="../../hvbdesk/i18n/messages.py" line="137"/>
        <source>is in the future</source>
        <translation>ligger i framtiden</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="136"/>
        <source>must be between the admission and today</source>
        <translation>måste ligga mellan inskrivningen och i dag</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="138"/>
        <source>is before the date it follows</source>
        <translation>är före det datum det följer på</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="139"/>
        <source>is not a plausible age</source>
        <translation>är ingen rimlig ålder</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="140"/>
        <source>has already led to an admission</source>
        <translation>har redan lett till en inskrivning</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="141"/>
        <source>say who took part, the young person first</source>
        <translation>säg vilka som deltog, ungdomen först</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="142"/>
        <source>a plan needs at least one goal</source>
        <translation>en plan behöver minst ett mål</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="143"/>
        <source>write down the young person&apos;s own words or how they took part</source>
        <translation>skriv ungdomens egna ord eller hur ungdomen deltog</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="144"/>
        <source>has no result</source>
        <translation>saknar resultat</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="145"/>
        <source>has no text</source>
        <translation>saknar text</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="146"/>
        <source>says nothing about what is done</source>
        <translation>säger inget om vad som görs</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="147"/>
        <source>is 1, 2 or 3</source>
        <translation>är 1, 2 eller 3</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="148"/>
        <source>contact persons are treatment assistants</source>
        <translation>kontaktpersoner är behandlingsassistenter</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="149"/>
        <source>is already the stay&apos;s other contact person</source>
        <translation>är redan placeringens andra kontaktperson</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="150"/>
        <source>is someone else&apos;s draft</source>
        <translation>är någon annans utkast</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="151"/>
        <source>is signed and can no longer be changed</source>
        <translation>är signerad och kan inte längre ändras</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="152"/>
        <source>a draft is changed, not corrected</source>
        <translation>ett utkast ändras, det rättas inte</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="153"/>
        <source>is empty</source>
        <translation>är tom</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="154"/>
        <source>is too long</source>
        <translation>är för lång</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="155"/>
        <source>is established; start a new version to change it</source>
        <translation>är fastställd; gör en ny version för att ändra</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="156"/>
        <source>only an established plan is followed up</source>
        <translation>bara en fastställd plan följs upp</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="157"/>
        <source>the stay has no established implementation plan yet</source>
        <translation>placeringen har ännu ingen fastställd genomförandeplan</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="158"/>
        <source>is not discharged</source>
        <translation>är inte utskriven</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="159"/>
        <source>is one letter, A–Ö</source>
        <translation>är en bokstav, A–Ö</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="160"/>
        <source>two shift types have the same code</source>
        <translation>två passtyper har samma kod</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="161"/>
        <source>at least one shift type is needed</source>
        <translation>minst en passtyp behövs</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="162"/>
        <source>name at least one staff role, comma between</source>
        <translation>ange minst en personalroll, komma emellan</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="163"/>
        <source>is shorter than the shift, in minutes</source>
        <translation>är kortare än passet, i minuter</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="164"/>
        <source>the shift ends when it starts</source>
        <translation>passet slutar när det börjar</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="165"/>
        <source>is a time written HH:MM</source>
        <translation>är en tid skriven TT:MM</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="166"/>
        <source>is a whole number</source>
        <translation>är ett heltal</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="167"/>
        <source>names a shift type that does not exist</source>
        <translation>anger en passtyp som inte finns</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="168"/>
        <source>0–20 per shift, and the wished number at least the minimum</source>
        <translation>0–20 per pass, och önskat antal minst det lägsta</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="169"/>
        <source>write minimum/wished, for example 2/3</source>
        <translation>skriv minst/önskat, till exempel 2/3</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="170"/>
        <source>a set-up already starts on or after this date; choose a later one</source>
        <translation>det finns redan inställningar från detta datum eller senare; välj ett senare</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="173"/>
        <source>is 1 to 12</source>
        <translation>är 1 till 12</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="174"/>
        <source>is more than 0 seconds</source>
        <translation>är mer än 0 sekunder</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="175"/>
        <source>say why (at least 5 characters)</source>
        <translation>skriv varför (minst 5 tecken)</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="176"/>
        <source>is not a kind of absence</source>
        <translation>är inte ett slags frånvaro</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="177"/>
        <source>is before the first day</source>
        <translation>är före första dagen</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="178"/>
        <source>at most a year at a time</source>
        <translation>högst ett år i taget</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="179"/>
        <source>the person is already away on some of these days</source>
        <translation>personen är redan frånvarande någon av dagarna</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="180"/>
        <source>must end in .pdf or .csv</source>
        <translation>ska sluta på .pdf eller .csv</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="181"/>
        <source>is not a setting of this version</source>
        <translation>är inte en inställning i den här versionen</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="182"/>
        <source>is a whole number from %1 to %2</source>
        <translation>är ett heltal från %1 till %2</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="183"/>
        <source>is in the past; what has already applied is not changed afterwards</source>
        <translation>har redan varit; det som redan gällt ändras inte i efterhand</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="184"/>
        <source>must be before “%1” (%2 on %3)</source>
        <translation>måste vara före ”%1” (%2 den %3)</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="185"/>
        <source>must be at most “%1” (%2 on %3)</source>
        <translation>får vara högst ”%1” (%2 den %3)</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="186"/>
        <source>must be after “%1” (%2 on %3)</source>
        <translation>måste vara efter ”%1” (%2 den %3)</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="187"/>
        <source>must be at least “%1” (%2 on %3)</source>
        <translation>måste vara minst ”%1” (%2 den %3)</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="234"/>
        <source>line %1: </source>
        <translation>rad %1: </translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="248"/>
        <source>Wrong user name or password, or the account is switched off.</source>
        <translation>Fel användarnamn eller lösenord, eller så är kontot avstängt.</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="249"/>
        <source>Your role does not give access to this. The attempt has been logged.</source>
        <translation>Din roll ger inte tillgång till detta. Försöket har loggats.</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="252"/>
        <source>The passphrase does not open the database. Check it and try again.</source>
        <translation>Lösenfrasen öppnar inte databasen. Kontrollera den och försök igen.</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="253"/>
        <source>No key for the database was given, so it cannot be opened.</source>
        <translation>Ingen nyckel till databasen angavs, så den kan inte öppnas.</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="254"/>
        <source>The database file is not encrypted. hvbdesk refuses to open it.</source>
        <translation>Databasfilen är inte krypterad. hvbdesk vägrar öppna den.</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="255"/>
        <source>The passphrase must have at least %1 characters.</source>
        <translation>Lösenfrasen måste ha minst %1 tecken.</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="312"/>
        <source>Someone else changed this after you opened it. Reload and try again.</source>
        <translation>Någon annan har ändrat detta sedan du öppnade det. Läs in på nytt och försök igen.</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="313"/>
        <source>That staff member no longer exists.</source>
        <translation>Den personen finns inte längre.</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="314"/>
        <source>That absence has already been removed.</source>
        <translation>Frånvaron är redan borttagen.</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/messages.py" line="321"/>
        <source>The database already has accounts. Log in as the manager.</source>
        <translation>Databasen har redan konton. Logga in som föreståndare.</translation>
    </message>
</context>
<context>
    <name>OccupancyChart</name>
    <message>
        <location filename="../../hvbdesk/gui/reports/occupancy_chart.py" line="25"/>
        <source>Occupancy per month</source>
        <translation>Beläggning per månad</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/reports/occupancy_chart.py" line="54"/>
        <source>No months yet</source>
        <translation>Inga månader ännu</translation>
    </message>
</context>
<context>
    <name>Overview</name>
    <message>
        <location filename="../../hvbdesk/gui/reports/reports_page.py" line="120"/>
        <source>Reports</source>
        <translation>Rapporter</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/reports/reports_page.py" line="122"/>
        <source>This month</source>
        <translation>Den här månaden</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/reports/reports_page.py" line="123"/>
        <source>This year</source>
        <translation>I år</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/reports/reports_page.py" line="129"/>
        <source>Occupancy per month this year (the line: %1)</source>
        <translation>Beläggning per månad i år (linjen: %1)</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/reports/reports_page.py" line="174"/>
        <source>Counting…</source>
        <translation>Räknar…</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/reports/reports_page.py" line="183"/>
        <source>This month, %1 (to %2)</source>
        <translation>Den här månaden, %1 (till och med %2)</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/reports/reports_page.py" line="188"/>
        <source>This year, %1 (to %2)</source>
        <translation>I år, %1 (till och med %2)</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/reports/reports_page.py" line="194"/>
        <source>Counted %1. The figures follow what is entered; no person can be seen here.</source>
        <translation>Räknat %1. Siffrorna följer det som registreras; ingen person syns här.</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../hvbdesk/gui/shell/passphrase_dialog.py" line="22"/>
        <source>A new encrypted database will be created at %1. No key store is available on this computer, so choose a passphrase of at least %2 characters. Without it the data cannot be read: keep it safe.</source>
        <translation>En ny krypterad databas skapas i %1. Datorn saknar nyckelring, så välj en lösenfras på minst %2 tecken. Utan den går uppgifterna inte att läsa: förvara den säkert.</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/shell/passphrase_dialog.py" line="31"/>
        <source>The database at %1 is encrypted. Type its passphrase.</source>
        <translation>Databasen i %1 är krypterad. Skriv dess lösenfras.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hvbdesk/gui/shell/passphrase_dialog.py" line="44"/>
        <source>The passphrase must have at least %n characters.</source>
        <translation>
            <numerusform>Lösenfrasen måste ha minst %n tecken.</numerusform>
            <numerusform>Lösenfrasen måste ha minst %n tecken.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/shell/passphrase_dialog.py" line="48"/>
        <source>The two passphrases differ.</source>
        <translation>De två lösenfraserna är olika.</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/shell/passphrase_dialog.py" line="51"/>
        <source>Type the passphrase.</source>
        <translation>Skriv lösenfrasen.</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_dialog.ui" line="6"/>
        <source>Database passphrase</source>
        <translation>Databasens lösenfras</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_dialog.ui" line="16"/>
        <source>&amp;Passphrase</source>
        <translation>&amp;Lösenfras</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_dialog.ui" line="18"/>
        <source>&amp;Repeat</source>
        <translation>&amp;Upprepa</translation>
    </message>
</context>
<context>
    <name>PeriodFigures</name>
    <message>
        <location filename="../../hvbdesk/gui/reports/reports_page.py" line="82"/>
        <source>Occupancy</source>
        <translation>Beläggning</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/reports/reports_page.py" line="83"/>
        <source>Care days</source>
        <translation>Vårddygn</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/reports/reports_page.py" line="84"/>
        <source>Admissions</source>
        <translation>Inskrivningar</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/reports/reports_page.py" line="85"/>
        <source>Fee revenue</source>
        <translation>Avgiftsintäkter</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/reports/reports_page.py" line="86"/>
        <source>Budgeted cost</source>
        <translation>Budgeterad kostnad</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/reports/reports_page.py" line="87"/>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/reports/reports_page.py" line="98"/>
        <source>target %1</source>
        <translation>mål %1</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/reports/reports_page.py" line="102"/>
        <source>%1 days × %2 places</source>
        <translation>%1 dagar × %2 platser</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/reports/reports_page.py" line="102"/>
        <source>1 day × %2 places</source>
        <translation>1 dag × %2 platser</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/reports/reports_page.py" line="107"/>
        <source>%1 young people cared for</source>
        <translation>%1 ungdomar vårdade</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/reports/reports_page.py" line="109"/>
        <source>care days × the day fee in force</source>
        <translation>vårddygn × gällande dygnsavgift</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/reports/reports_page.py" line="110"/>
        <source>the annual budget&apos;s share of the period</source>
        <translation>årsbudgetens andel av perioden</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/reports/reports_page.py" line="111"/>
        <source>surplus</source>
        <translation>överskott</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/reports/reports_page.py" line="111"/>
        <source>deficit, split by population</source>
        <translation>underskott, fördelas efter befolkning</translation>
    </message>
</context>
<context>
    <name>PlacedPeople</name>
    <message>
        <location filename="../../hvbdesk/gui/common/placed_people.py" line="28"/>
        <source>Young people placed now</source>
        <translation>Ungdomar placerade nu</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/common/placed_people.py" line="39"/>
        <source>Place %1</source>
        <translation>Plats %1</translation>
    </message>
</context>
<context>
    <name>PlanEditor</name>
    <message>
        <location filename="../../hvbdesk/gui/plans/plan_editor.py" line="201"/>
        <source>(nobody yet)</source>
        <translation>(ingen ännu)</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/plans/plan_editor.py" line="88"/>
        <source>New version</source>
        <translation>Ny version</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/plans/plan_editor.py" line="89"/>
        <source>Save draft</source>
        <translation>Spara utkast</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/plans/plan_editor.py" line="90"/>
        <source>Establish…</source>
        <translation>Fastställ…</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/plans/plan_editor.py" line="92"/>
        <source>Compare with previous</source>
        <translation>Jämför med föregående</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/plans/plan_editor.py" line="93"/>
        <source>Follow up…</source>
        <translation>Följ upp…</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/plans/plan_editor.py" line="94"/>
        <source>Print</source>
        <translation>Skriv ut</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/plans/plan_editor.py" line="95"/>
        <source>Print easy-read</source>
        <translation>Skriv ut lättläst</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/plans/plan_editor.py" line="114"/>
        <source>Phase 1: mapping</source>
        <translation>Fas 1: kartläggning</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/plans/plan_editor.py" line="115"/>
        <source>Phase 2: treatment</source>
        <translation>Fas 2: behandling</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/plans/plan_editor.py" line="116"/>
        <source>Phase 3: discharge and aftercare</source>
        <translation>Fas 3: utskrivning och eftervård</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/plans/plan_editor.py" line="120"/>
        <source>What is important to you? In the young person&apos;s own words.</source>
        <translation>Vad är viktigt för dig? Med ungdomens egna ord.</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/plans/plan_editor.py" line="122"/>
        <source>How the young person took part</source>
        <translation>Hur ungdomen deltog</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/plans/plan_editor.py" line="125"/>
        <source>Phase</source>
        <translation>Fas</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/plans/plan_editor.py" line="127"/>
        <source>What is important to you?</source>
        <translation>Vad är viktigt för dig?</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/plans/plan_editor.py" line="129"/>
        <source>Participation</source>
        <translation>Delaktighet</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/plans/plan_editor.py" line="135"/>
        <source>Goals</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/plans/plan_editor.py" line="143"/>
        <source>Add goal</source>
        <translation>Lägg till mål</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/plans/plan_editor.py" line="144"/>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/plans/plan_editor.py" line="153"/>
        <source>Which goal of the care plan it serves</source>
        <translation>Vilket mål i vårdplanen det hör till</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/plans/plan_editor.py" line="155"/>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/plans/plan_editor.py" line="155"/>
        <source>How</source>
        <translation>Hur</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/plans/plan_editor.py" line="155"/>
        <source>Who</source>
        <translation>Vem</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/plans/plan_editor.py" line="155"/>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/plans/plan_editor.py" line="164"/>
        <source>Add action</source>
        <translation>Lägg till insats</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/plans/plan_editor.py" line="165"/>
        <source>Remove action</source>
        <translation>Ta bort insats</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/plans/plan_editor.py" line="166"/>
        <source>From the SIP…</source>
        <translation>Från SIP:en…</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/plans/plan_editor.py" line="167"/>
        <source>The SIP&apos;s actions the home answers for, as actions of this goal</source>
        <translation>SIP:ens insatser som hemmet ansvarar för, som insatser för det här målet</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/plans/plan_editor.py" line="173"/>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/plans/plan_editor.py" line="174"/>
        <source>Need</source>
        <translation>Behov</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/plans/plan_editor.py" line="175"/>
        <source>Care plan</source>
        <translation>Vårdplan</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/plans/plan_editor.py" line="176"/>
        <source>Actions</source>
        <translation>Insatser</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/plans/plan_editor.py" line="213"/>
        <source>Version %1, established %2</source>
        <translation>Version %1, fastställd %2</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/plans/plan_editor.py" line="215"/>
        <source>Version %1, draft</source>
        <translation>Version %1, utkast</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/plans/plan_editor.py" line="241"/>
        <source>No implementation plan yet. Start one with New version.</source>
        <translation>Ingen genomförandeplan ännu. Börja med Ny version.</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/plans/plan_editor.py" line="243"/>
        <source>Choose a young person.</source>
        <translation>Välj en ungdom.</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/plans/plan_editor.py" line="247"/>
        <source>Established %1 with %2. Read-only: a change makes a new version.</source>
        <translation>Fastställd %1 med %2. Kan inte ändras: en ändring blir en ny version.</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/plans/plan_editor.py" line="252"/>
        <source>Draft: saved when you press Save draft, established when everyone agrees.</source>
        <translation>Utkast: sparas när du trycker på Spara utkast, fastställs när alla är överens.</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/plans/plan_editor.py" line="316"/>
        <location filename="../../hvbdesk/gui/plans/plan_editor.py" line="334"/>
        <source>(new goal)</source>
        <translation>(nytt mål)</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/plans/plan_editor.py" line="351"/>
        <source>The SIP has no actions for the home</source>
        <translation>SIP:en har inga insatser för hemmet</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/plans/plan_editor.py" line="489"/>
        <source>Writing the plan…</source>
        <translation>Skriver planen …</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/plans/plan_editor.py" line="491"/>
        <source>Written to %1</source>
        <translation>Skrivet till %1</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/plans/plan_editor.py" line="74"/>
        <location filename="../../hvbdesk/gui/plans/plan_editor.py" line="419"/>
        <location filename="../../hvbdesk/gui/plans/plan_editor.py" line="431"/>
        <source>Implementation plan</source>
        <translation>Genomförandeplan</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/plans/plan_editor.py" line="439"/>
        <source>Draft saved.</source>
        <translation>Utkastet är sparat.</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/plans/plan_editor.py" line="479"/>
        <source>Save the printout</source>
        <translation>Spara utskriften</translation>
    </message>
</context>
<context>
    <name>PlansPage</name>
    <message>
        <location filename="../../hvbdesk/gui/plans/plans_page.py" line="25"/>
        <location filename="../../hvbdesk/gui/plans/plans_page.py" line="53"/>
        <source>Plans</source>
        <translation>Planer</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/plans/plans_page.py" line="42"/>
        <source>Implementation plan</source>
        <translation>Genomförandeplan</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/plans/plans_page.py" line="44"/>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/plans/plans_page.py" line="45"/>
        <source>Care plans</source>
        <translation>Vårdplaner</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/plans/plans_page.py" line="46"/>
        <source>Contact persons</source>
        <translation>Kontaktpersoner</translation>
    </message>
</context>
<context>
    <name>PopulationDialog</name>
    <message>
        <location filename="../../ui/population_dialog.ui" line="6"/>
        <source>Population of a municipality</source>
        <translation>Befolkning i en kommun</translation>
    </message>
    <message>
        <location filename="../../ui/population_dialog.ui" line="8"/>
        <source>&amp;Municipality</source>
        <translation>&amp;Kommun</translation>
    </message>
    <message>
        <location filename="../../ui/population_dialog.ui" line="8"/>
        <source>Population on 31 December of the &amp;year</source>
        <translation>Befolkning 31 december &amp;året</translation>
    </message>
    <message>
        <location filename="../../ui/population_dialog.ui" line="8"/>
        <source>&amp;Population</source>
        <translation>&amp;Befolkning</translation>
    </message>
    <message>
        <location filename="../../ui/population_dialog.ui" line="8"/>
        <source>&amp;Source</source>
        <translation>&amp;Källa</translation>
    </message>
    <message>
        <location filename="../../ui/population_dialog.ui" line="8"/>
        <source>e.g. SCB, folkmängd 31 december 2025</source>
        <translation>t.ex. SCB, folkmängd 31 december 2025</translation>
    </message>
</context>
<context>
    <name>ReferenceTab</name>
    <message>
        <location filename="../../hvbdesk/gui/admin/reference_tab.py" line="43"/>
        <source>Who is a member of the agreement, and when, decides the day fee of each care day and who shares a deficit; the population key splits it. Correct them back in time when a decision is dated earlier: the reports count with what is entered here, and every change is logged.</source>
        <translation>Vem som är med i samverkansavtalet, och när, avgör dygnsavgiften för varje vårddygn och vilka som delar ett underskott; befolkningen är fördelningsnyckeln. Rätta bakåt i tiden när ett beslut gäller från ett tidigare datum: rapporterna räknar med det som står här, och varje ändring loggas.</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/admin/reference_tab.py" line="50"/>
        <source>The home&apos;s start of &amp;operation (the first-year fee applies for a year):</source>
        <translation>Hemmets &amp;verksamhetsstart (första årets dygnsavgift gäller ett år):</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/admin/reference_tab.py" line="55"/>
        <source>Save the date</source>
        <translation>Spara datumet</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/admin/reference_tab.py" line="63"/>
        <location filename="../../hvbdesk/gui/admin/reference_tab.py" line="75"/>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/admin/reference_tab.py" line="64"/>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/admin/reference_tab.py" line="65"/>
        <source>Member from</source>
        <translation>Medlem från</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/admin/reference_tab.py" line="67"/>
        <source>Member to</source>
        <translation>Medlem till</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/admin/reference_tab.py" line="67"/>
        <source>still a member</source>
        <translation>fortfarande medlem</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/admin/reference_tab.py" line="72"/>
        <source>Membership of the agreement</source>
        <translation>Medlemskap i samverkansavtalet</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/admin/reference_tab.py" line="76"/>
        <source>Key from</source>
        <translation>Nyckel från</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/admin/reference_tab.py" line="77"/>
        <source>Population</source>
        <translation>Befolkning</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/admin/reference_tab.py" line="78"/>
        <source>Counted on</source>
        <translation>Räknad per</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/admin/reference_tab.py" line="79"/>
        <source>Source</source>
        <translation>Källa</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/admin/reference_tab.py" line="83"/>
        <source>Populations</source>
        <translation>Befolkning</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/admin/reference_tab.py" line="85"/>
        <source>&amp;Add a membership…</source>
        <translation>&amp;Lägg till medlemskap…</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/admin/reference_tab.py" line="86"/>
        <source>C&amp;hange the dates…</source>
        <translation>Ä&amp;ndra datumen…</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/admin/reference_tab.py" line="87"/>
        <source>Re&amp;move</source>
        <translation>Ta &amp;bort</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/admin/reference_tab.py" line="88"/>
        <source>Enter a &amp;population…</source>
        <translation>Ange &amp;befolkning…</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/admin/reference_tab.py" line="153"/>
        <source>Saved. Reports count with the new dates at once.</source>
        <translation>Sparat. Rapporterna räknar med de nya datumen direkt.</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/admin/reference_tab.py" line="162"/>
        <location filename="../../hvbdesk/gui/admin/reference_tab.py" line="172"/>
        <source>Remove the membership</source>
        <translation>Ta bort medlemskapet</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/admin/reference_tab.py" line="163"/>
        <source>Remove %1&apos;s membership %2 – %3? Reports of that time then count it as a non-member.</source>
        <translation>Ta bort medlemskapet för %1, %2 – %3? Rapporter för den tiden räknar då kommunen som icke-medlem.</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/admin/reference_tab.py" line="179"/>
        <source>Saved. The population is the key from 1 January the year after.</source>
        <translation>Sparat. Befolkningen är fördelningsnyckel från 1 januari året efter.</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/admin/reference_tab.py" line="188"/>
        <source>The start of operation is saved.</source>
        <translation>Verksamhetsstarten är sparad.</translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <location filename="../../hvbdesk/gui/referrals/referral_dialogs.py" line="51"/>
        <source>Register</source>
        <translation>Registrera</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialog.ui" line="6"/>
        <source>Referral</source>
        <translation>Förfrågan</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialog.ui" line="7"/>
        <source>&amp;Received</source>
        <translation>&amp;Inkommen</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialog.ui" line="7"/>
        <source>Placing &amp;municipality</source>
        <translation>Placerande &amp;kommun</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialog.ui" line="7"/>
        <source>&amp;Contact at social services</source>
        <translation>&amp;Kontakt på socialtjänsten</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialog.ui" line="7"/>
        <source>&amp;Kind asked for</source>
        <translation>&amp;Efterfrågad typ</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialog.ui" line="7"/>
        <source>&amp;Wished start</source>
        <translation>Önskad &amp;start</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialog.ui" line="7"/>
        <source>&amp;Age</source>
        <translation>&amp;Ålder</translation>
    </message>
    <message>
        <location filename="../../ui/referral_dialog.ui" line="7"/>
        <source>Legal &amp;basis</source>
        <translation>Lag&amp;rum</translation>
    </message>
</context>
<context>
    <name>ReferralsPage</name>
    <message>
        <location filename="../../hvbdesk/gui/referrals/referrals_page.py" line="36"/>
        <source>Received</source>
        <translation>Inkommen</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/referrals/referrals_page.py" line="37"/>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/referrals/referrals_page.py" line="38"/>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/referrals/referrals_page.py" line="39"/>
        <source>Age</source>
        <translation>Ålder</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/referrals/referrals_page.py" line="40"/>
        <source>Legal basis</source>
        <translation>Lagrum</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/referrals/referrals_page.py" line="41"/>
        <source>Wished start</source>
        <translation>Önskad start</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/referrals/referrals_page.py" line="42"/>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/referrals/referrals_page.py" line="43"/>
        <source>Decision</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/referrals/referrals_page.py" line="50"/>
        <location filename="../../hvbdesk/gui/referrals/referrals_page.py" line="92"/>
        <location filename="../../hvbdesk/gui/referrals/referrals_page.py" line="159"/>
        <source>Referrals</source>
        <translation>Förfrågningar</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/referrals/referrals_page.py" line="53"/>
        <source>All referrals</source>
        <translation>Alla förfrågningar</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/referrals/referrals_page.py" line="54"/>
        <source>Not decided</source>
        <translation>Ej beslutade</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/referrals/referrals_page.py" line="55"/>
        <source>Waiting list</source>
        <translation>Väntelista</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/referrals/referrals_page.py" line="56"/>
        <source>Accepted</source>
        <translation>Accepterade</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/referrals/referrals_page.py" line="57"/>
        <source>Declined</source>
        <translation>Avböjda</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/referrals/referrals_page.py" line="61"/>
        <source>New referral…</source>
        <translation>Ny förfrågan…</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/referrals/referrals_page.py" line="63"/>
        <source>Accept and reserve…</source>
        <translation>Acceptera och reservera…</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/referrals/referrals_page.py" line="64"/>
        <source>Put on waiting list</source>
        <translation>Sätt på väntelista</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/referrals/referrals_page.py" line="65"/>
        <source>Decline…</source>
        <translation>Avböj…</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/referrals/referrals_page.py" line="66"/>
        <source>Admit…</source>
        <translation>Skriv in…</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/referrals/referrals_page.py" line="78"/>
        <source>No referrals match the filter.</source>
        <translation>Inga förfrågningar matchar urvalet.</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/referrals/referrals_page.py" line="100"/>
        <source>admitted</source>
        <translation>inskriven</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/referrals/referrals_page.py" line="102"/>
        <source>place reserved</source>
        <translation>plats reserverad</translation>
    </message>
</context>
<context>
    <name>ReportMaker</name>
    <message>
        <location filename="../../hvbdesk/gui/reports/reports_page.py" line="207"/>
        <source>Reports</source>
        <translation>Rapporter</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/reports/reports_page.py" line="213"/>
        <source>The report the manager brings to the steering group: occupancy, care days and fee revenue by municipality, the budget and the result, the split of a deficit by population, stays, demand, quality and staffing. It holds no names, identity numbers or case notes, and counts of one or two persons are hidden.</source>
        <translation>Rapporten som föreståndaren tar med till styrgruppen: beläggning, vårddygn och avgiftsintäkter per kommun, budget och resultat, fördelningen av ett underskott efter befolkning, vistelser, efterfrågan, kvalitet och bemanning. Den innehåller inga namn, personnummer eller journaltext, och antal på en eller två personer döljs.</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/reports/reports_page.py" line="223"/>
        <source>Month</source>
        <translation>Månad</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/reports/reports_page.py" line="224"/>
        <source>Quarter</source>
        <translation>Kvartal</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/reports/reports_page.py" line="225"/>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/reports/reports_page.py" line="226"/>
        <source>From – to</source>
        <translation>Från – till</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/reports/reports_page.py" line="243"/>
        <source>&amp;Period</source>
        <translation>&amp;Period</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/reports/reports_page.py" line="244"/>
        <source>&amp;Year</source>
        <translation>&amp;År</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/reports/reports_page.py" line="245"/>
        <source>&amp;Which</source>
        <translation>&amp;Vilken</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/reports/reports_page.py" line="246"/>
        <source>&amp;From</source>
        <translation>&amp;Från</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/reports/reports_page.py" line="247"/>
        <source>&amp;To and including</source>
        <translation>&amp;Till och med</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/reports/reports_page.py" line="254"/>
        <source>Pre&amp;view</source>
        <translation>&amp;Förhandsgranska</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/reports/reports_page.py" line="255"/>
        <source>Save as &amp;PDF…</source>
        <translation>Spara som &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/reports/reports_page.py" line="256"/>
        <source>Export &amp;CSV…</source>
        <translation>Exportera &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/reports/reports_page.py" line="257"/>
        <source>Export &amp;Excel…</source>
        <translation>Exportera &amp;Excel…</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/reports/reports_page.py" line="289"/>
        <source>Quarter %1</source>
        <translation>Kvartal %1</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/reports/reports_page.py" line="315"/>
        <source>The period ends before it starts.</source>
        <translation>Perioden slutar innan den börjar.</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/reports/reports_page.py" line="318"/>
        <source>%1 – %2 (%3 days)</source>
        <translation>%1 – %2 (%3 dagar)</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/reports/reports_page.py" line="322"/>
        <source>The period has not ended: stays still going on are counted to its last day, as if they go on.</source>
        <translation>Perioden är inte slut: pågående vistelser räknas till periodens sista dag, som om de fortsätter.</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/reports/reports_page.py" line="335"/>
        <source>Preparing the report…</source>
        <translation>Förbereder rapporten…</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/reports/reports_page.py" line="344"/>
        <source>Report to the steering group %1</source>
        <translation>Rapport till styrgruppen %1</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/reports/reports_page.py" line="351"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/reports/reports_page.py" line="351"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/reports/reports_page.py" line="351"/>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/reports/reports_page.py" line="353"/>
        <source>Save the report</source>
        <translation>Spara rapporten</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/reports/reports_page.py" line="362"/>
        <source>Writing the report…</source>
        <translation>Skriver rapporten…</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/reports/reports_page.py" line="364"/>
        <source>Written to %1</source>
        <translation>Sparad i %1</translation>
    </message>
</context>
<context>
    <name>ReportTexts</name>
    <message>
        <location filename="../../hvbdesk/i18n/report_texts.py" line="10"/>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/report_texts.py" line="11"/>
        <source>To and including</source>
        <translation>Till och med</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/report_texts.py" line="12"/>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/report_texts.py" line="13"/>
        <source>Population</source>
        <translation>Befolkning</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/report_texts.py" line="14"/>
        <source>Source</source>
        <translation>Källa</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/report_texts.py" line="15"/>
        <source>Date of the deviation</source>
        <translation>Datum för avvikelsen</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/report_texts.py" line="16"/>
        <source>What happened</source>
        <translation>Vad hände</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/report_texts.py" line="17"/>
        <source>Immediate action</source>
        <translation>Omedelbar åtgärd</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/report_texts.py" line="18"/>
        <source>Analysis</source>
        <translation>Analys</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/report_texts.py" line="19"/>
        <source>Measures</source>
        <translation>Åtgärder</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/report_texts.py" line="20"/>
        <source>Deviation</source>
        <translation>Avvikelse</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/report_texts.py" line="26"/>
        <source>overlaps the municipality&apos;s membership %1–%2</source>
        <translation>överlappar kommunens medlemskap %1–%2</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/report_texts.py" line="27"/>
        <source>is a whole number above 0</source>
        <translation>är ett heltal större än 0</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/report_texts.py" line="28"/>
        <source>is a year from %1 to %2</source>
        <translation>är ett år från %1 till %2</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/report_texts.py" line="29"/>
        <source>is already closed</source>
        <translation>är redan avslutad</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/report_texts.py" line="30"/>
        <source>must end in .pdf, .csv or .xlsx</source>
        <translation>måste sluta på .pdf, .csv eller .xlsx</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/report_texts.py" line="31"/>
        <source>is before 2000</source>
        <translation>är före år 2000</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/report_texts.py" line="32"/>
        <source>is after 2100</source>
        <translation>är efter år 2100</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/report_texts.py" line="38"/>
        <source>%1 changed this membership at %2, after you opened it. Look at it again first.</source>
        <translation>%1 ändrade medlemskapet %2, efter att du öppnade det. Titta på det igen först.</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/report_texts.py" line="41"/>
        <source>%1 changed this deviation at %2, after you opened it. Open it again to see the change.</source>
        <translation>%1 ändrade avvikelsen %2, efter att du öppnade den. Öppna den igen för att se ändringen.</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/report_texts.py" line="44"/>
        <source>There is no membership with id %1.</source>
        <translation>Det finns inget medlemskap med id %1.</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/report_texts.py" line="45"/>
        <source>There is no deviation with id %1.</source>
        <translation>Det finns ingen avvikelse med id %1.</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../hvbdesk/gui/reports/reports_page.py" line="373"/>
        <source>Reports</source>
        <translation>Rapporter</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/reports/reports_page.py" line="377"/>
        <source>&amp;Overview</source>
        <translation>Ö&amp;versikt</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/reports/reports_page.py" line="378"/>
        <source>Report to the &amp;steering group</source>
        <translation>Rapport till &amp;styrgruppen</translation>
    </message>
</context>
<context>
    <name>ResidentRecordDialog</name>
    <message>
        <location filename="../../hvbdesk/gui/residents/resident_record_dialog.py" line="41"/>
        <location filename="../../hvbdesk/gui/residents/resident_record_dialog.py" line="53"/>
        <source>Young person</source>
        <translation>Ungdom</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/residents/resident_record_dialog.py" line="44"/>
        <location filename="../../hvbdesk/gui/residents/resident_record_dialog.py" line="56"/>
        <source>Reading the record…</source>
        <translation>Läser journalen …</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/residents/resident_record_dialog.py" line="74"/>
        <source>%1 · %2 years · %3</source>
        <translation>%1 · %2 år · %3</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/residents/resident_record_dialog.py" line="79"/>
        <source>Details and stays</source>
        <translation>Uppgifter och vistelser</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/residents/resident_record_dialog.py" line="81"/>
        <source>Contact persons</source>
        <translation>Kontaktpersoner</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/residents/resident_record_dialog.py" line="83"/>
        <source>Plans</source>
        <translation>Planer</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/residents/resident_record_dialog.py" line="85"/>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/residents/resident_record_dialog.py" line="87"/>
        <source>SIP and consents</source>
        <translation>SIP och samtycken</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/residents/resident_record_dialog.py" line="89"/>
        <source>Who has opened the record</source>
        <translation>Vem har öppnat journalen</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/residents/resident_record_dialog.py" line="94"/>
        <source>Guardians</source>
        <translation>Vårdnadshavare</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/residents/resident_record_dialog.py" line="98"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/residents/resident_record_dialog.py" line="99"/>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/residents/resident_record_dialog.py" line="100"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/residents/resident_record_dialog.py" line="106"/>
        <source>Stays</source>
        <translation>Vistelser</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/residents/resident_record_dialog.py" line="110"/>
        <source>Admitted</source>
        <translation>Inskriven</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/residents/resident_record_dialog.py" line="111"/>
        <source>Place</source>
        <translation>Plats</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/residents/resident_record_dialog.py" line="112"/>
        <location filename="../../hvbdesk/gui/residents/resident_record_dialog.py" line="172"/>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/residents/resident_record_dialog.py" line="113"/>
        <source>Legal basis</source>
        <translation>Lagrum</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/residents/resident_record_dialog.py" line="114"/>
        <source>Planned end</source>
        <translation>Planerat slut</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/residents/resident_record_dialog.py" line="115"/>
        <source>Discharged</source>
        <translation>Utskriven</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/residents/resident_record_dialog.py" line="126"/>
        <source>Contact person</source>
        <translation>Kontaktperson</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/residents/resident_record_dialog.py" line="127"/>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/residents/resident_record_dialog.py" line="128"/>
        <source>To</source>
        <translation>Till</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/residents/resident_record_dialog.py" line="128"/>
        <source>now</source>
        <translation>nu</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/residents/resident_record_dialog.py" line="129"/>
        <source>Reason for change</source>
        <translation>Skäl till byte</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/residents/resident_record_dialog.py" line="140"/>
        <source>No established implementation plan for the latest stay.</source>
        <translation>Ingen fastställd genomförandeplan för den senaste vistelsen.</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/residents/resident_record_dialog.py" line="144"/>
        <source>Implementation plan, version %1, established %2 with %3.</source>
        <translation>Genomförandeplan, version %1, fastställd %2 med %3.</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/residents/resident_record_dialog.py" line="153"/>
        <source>Care plans</source>
        <translation>Vårdplaner</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/residents/resident_record_dialog.py" line="157"/>
        <source>Dated</source>
        <translation>Daterad</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/residents/resident_record_dialog.py" line="158"/>
        <location filename="../../hvbdesk/gui/residents/resident_record_dialog.py" line="173"/>
        <source>Written by</source>
        <translation>Skriven av</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/residents/resident_record_dialog.py" line="159"/>
        <source>Needs and goals</source>
        <translation>Behov och mål</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/residents/resident_record_dialog.py" line="171"/>
        <location filename="../../hvbdesk/gui/residents/resident_record_dialog.py" line="208"/>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/residents/resident_record_dialog.py" line="174"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/residents/resident_record_dialog.py" line="184"/>
        <source>No SIP has been started.</source>
        <translation>Ingen SIP har påbörjats.</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/residents/resident_record_dialog.py" line="187"/>
        <source>Started</source>
        <translation>Påbörjad</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/residents/resident_record_dialog.py" line="188"/>
        <source>Closed</source>
        <translation>Avslutad</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/residents/resident_record_dialog.py" line="188"/>
        <source>open</source>
        <translation>pågår</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/residents/resident_record_dialog.py" line="189"/>
        <source>Participants</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/residents/resident_record_dialog.py" line="191"/>
        <source>Consents</source>
        <translation>Samtycken</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/residents/resident_record_dialog.py" line="195"/>
        <source>Given</source>
        <translation>Givet</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/residents/resident_record_dialog.py" line="196"/>
        <source>Valid until</source>
        <translation>Gäller till</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/residents/resident_record_dialog.py" line="197"/>
        <source>Revoked</source>
        <translation>Återkallat</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/residents/resident_record_dialog.py" line="209"/>
        <source>User</source>
        <translation>Användare</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/residents/resident_record_dialog.py" line="210"/>
        <source>Action</source>
        <translation>Händelse</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/residents/resident_record_dialog.py" line="211"/>
        <source>Record</source>
        <translation>Post</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/residents/resident_record_dialog.py" line="212"/>
        <source>Workstation</source>
        <translation>Arbetsstation</translation>
    </message>
</context>
<context>
    <name>ResidentsPage</name>
    <message>
        <location filename="../../hvbdesk/gui/residents/residents_page.py" line="25"/>
        <source>woman</source>
        <translation>kvinna</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/residents/residents_page.py" line="25"/>
        <source>man</source>
        <translation>man</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/residents/residents_page.py" line="25"/>
        <source>non-binary</source>
        <translation>icke-binär</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/residents/residents_page.py" line="29"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/residents/residents_page.py" line="30"/>
        <source>Personal identity number</source>
        <translation>Personnummer</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/residents/residents_page.py" line="31"/>
        <source>Age</source>
        <translation>Ålder</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/residents/residents_page.py" line="32"/>
        <source>Gender</source>
        <translation>Kön</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/residents/residents_page.py" line="34"/>
        <source>Place</source>
        <translation>Plats</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/residents/residents_page.py" line="40"/>
        <source>Legal basis</source>
        <translation>Lagrum</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/residents/residents_page.py" line="42"/>
        <source>Admitted</source>
        <translation>Inskriven</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/residents/residents_page.py" line="44"/>
        <source>Discharged</source>
        <translation>Utskriven</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/residents/residents_page.py" line="53"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/residents/residents_page.py" line="61"/>
        <source>Next SIP meeting</source>
        <translation>Nästa SIP-möte</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/residents/residents_page.py" line="70"/>
        <location filename="../../hvbdesk/gui/residents/residents_page.py" line="93"/>
        <source>Young people</source>
        <translation>Ungdomar</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/residents/residents_page.py" line="73"/>
        <source>Search name or number…</source>
        <translation>Sök namn eller nummer…</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/residents/residents_page.py" line="84"/>
        <source>No young people are registered yet. Stays are registered from the bed board, or imported from earlier records by the manager.</source>
        <translation>Inga ungdomar är registrerade ännu. Placeringar registreras från platstavlan, eller importeras från tidigare register av föreståndaren.</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/residents/residents_page.py" line="100"/>
        <source>placed</source>
        <translation>placerad</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/residents/residents_page.py" line="100"/>
        <source>discharged</source>
        <translation>utskriven</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../../hvbdesk/gui/common/role_names.py" line="12"/>
        <source>Facility manager</source>
        <translation>Föreståndare</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/common/role_names.py" line="13"/>
        <source>Treatment lead</source>
        <translation>Behandlingsansvarig</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/common/role_names.py" line="14"/>
        <source>Coordinator</source>
        <translation>Samordnare</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/common/role_names.py" line="15"/>
        <source>Treatment assistant</source>
        <translation>Behandlingsassistent</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/common/role_names.py" line="16"/>
        <source>Physician</source>
        <translation>Läkare</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/common/role_names.py" line="17"/>
        <source>Psychologist</source>
        <translation>Psykolog</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/common/role_names.py" line="18"/>
        <source>Nurse</source>
        <translation>Sjuksköterska</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/common/role_names.py" line="19"/>
        <source>Steering group (statistics only)</source>
        <translation>Styrgrupp (endast statistik)</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/common/role_names.py" line="26"/>
        <source>viewed</source>
        <translation>visade</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/common/role_names.py" line="27"/>
        <source>created</source>
        <translation>skapade</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/common/role_names.py" line="28"/>
        <source>changed</source>
        <translation>ändrade</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/common/role_names.py" line="29"/>
        <source>removed</source>
        <translation>tog bort</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/common/role_names.py" line="30"/>
        <source>printed</source>
        <translation>skrev ut</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/common/role_names.py" line="31"/>
        <source>exported</source>
        <translation>exporterade</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/common/role_names.py" line="32"/>
        <source>logged in</source>
        <translation>loggade in</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/common/role_names.py" line="33"/>
        <source>failed login</source>
        <translation>misslyckad inloggning</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/common/role_names.py" line="34"/>
        <source>logged out</source>
        <translation>loggade ut</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/common/role_names.py" line="35"/>
        <source>denied</source>
        <translation>nekades</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/common/role_names.py" line="42"/>
        <source>account</source>
        <translation>konto</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/common/role_names.py" line="43"/>
        <source>young person</source>
        <translation>ungdom</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/common/role_names.py" line="44"/>
        <source>stay</source>
        <translation>placering</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/common/role_names.py" line="45"/>
        <source>staff member</source>
        <translation>personal</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/common/role_names.py" line="46"/>
        <source>settings</source>
        <translation>inställningar</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/common/role_names.py" line="47"/>
        <source>audit log</source>
        <translation>loggbok</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/common/role_names.py" line="48"/>
        <source>occupancy</source>
        <translation>beläggning</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/common/role_names.py" line="49"/>
        <source>database</source>
        <translation>databas</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/common/role_names.py" line="50"/>
        <source>roster</source>
        <translation>schema</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/common/role_names.py" line="51"/>
        <source>roster set-up</source>
        <translation>schemainställningar</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/common/role_names.py" line="52"/>
        <source>absence</source>
        <translation>frånvaro</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/common/role_names.py" line="53"/>
        <source>roster wish</source>
        <translation>schemaönskemål</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/common/role_names.py" line="54"/>
        <source>kept rule break</source>
        <translation>behållet regelbrott</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/common/role_names.py" line="55"/>
        <source>deviation</source>
        <translation>avvikelse</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/common/role_names.py" line="56"/>
        <source>steering report</source>
        <translation>styrgruppsrapport</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/common/role_names.py" line="57"/>
        <source>membership of the agreement</source>
        <translation>medlemskap i samverkansavtalet</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/common/role_names.py" line="58"/>
        <source>population</source>
        <translation>befolkning</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/common/role_names.py" line="59"/>
        <source>bed board</source>
        <translation>beläggningstavla</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/common/role_names.py" line="60"/>
        <source>care plan</source>
        <translation>vårdplan</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/common/role_names.py" line="61"/>
        <source>consent</source>
        <translation>samtycke</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/common/role_names.py" line="62"/>
        <source>contact person</source>
        <translation>kontaktperson</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/common/role_names.py" line="63"/>
        <source>implementation plan</source>
        <translation>genomförandeplan</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/common/role_names.py" line="64"/>
        <source>journal entry</source>
        <translation>journalanteckning</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/common/role_names.py" line="65"/>
        <source>plan follow-up</source>
        <translation>uppföljning av plan</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/common/role_names.py" line="66"/>
        <source>referral</source>
        <translation>förfrågan</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/common/role_names.py" line="67"/>
        <source>reservation</source>
        <translation>platsreservation</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/common/role_names.py" line="68"/>
        <source>SIP</source>
        <translation>SIP</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/common/role_names.py" line="69"/>
        <source>to-do item</source>
        <translation>bevakning</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/common/role_names.py" line="77"/>
        <location filename="../../hvbdesk/gui/common/role_names.py" line="79"/>
        <source>Stays</source>
        <translation>Vistelser</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/common/role_names.py" line="78"/>
        <source>Admission</source>
        <translation>Inskrivning</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/common/role_names.py" line="80"/>
        <location filename="../../hvbdesk/gui/common/role_names.py" line="81"/>
        <source>Follow-up</source>
        <translation>Uppföljning</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/common/role_names.py" line="82"/>
        <location filename="../../hvbdesk/gui/common/role_names.py" line="83"/>
        <source>Finance</source>
        <translation>Ekonomi</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/common/role_names.py" line="84"/>
        <source>Security</source>
        <translation>Säkerhet</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/common/role_names.py" line="85"/>
        <location filename="../../hvbdesk/gui/common/role_names.py" line="86"/>
        <location filename="../../hvbdesk/gui/common/role_names.py" line="87"/>
        <source>Plans</source>
        <translation>Planer</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/common/role_names.py" line="88"/>
        <source>Roster</source>
        <translation>Schema</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/common/role_names.py" line="98"/>
        <source>with names</source>
        <translation>med namn</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/common/role_names.py" line="99"/>
        <source>counts only</source>
        <translation>bara antal</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/common/role_names.py" line="100"/>
        <source>the load</source>
        <translation>belastningen</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/common/role_names.py" line="104"/>
        <source>no. %1</source>
        <translation>nr %1</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/common/role_names.py" line="107"/>
        <source>%1 rows</source>
        <translation>%1 rader</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/common/role_names.py" line="111"/>
        <source>timeline %1 – %2</source>
        <translation>tidslinje %1 – %2</translation>
    </message>
</context>
<context>
    <name>RosterModel</name>
    <message>
        <location filename="../../hvbdesk/gui/roster/roster_grid.py" line="121"/>
        <source>off</source>
        <translation>ledig</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/roster/roster_grid.py" line="152"/>
        <source>Hours in the roster against the target (FTE × full-time week, less absence)</source>
        <translation>Timmar i schemat mot måltiden (tjänstgöringsgrad × heltidsvecka, minus frånvaro)</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/roster/roster_grid.py" line="171"/>
        <source>%1: %2 on the roster; at least %3, wished %4</source>
        <translation>%1: %2 i schemat; minst %3, önskat %4</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/roster/roster_grid.py" line="193"/>
        <source>Hours</source>
        <translation>Timmar</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/roster/roster_grid.py" line="196"/>
        <location filename="../../hvbdesk/gui/roster/roster_grid.py" line="198"/>
        <source>w. %1</source>
        <translation>v. %1</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/roster/roster_grid.py" line="207"/>
        <source>temp</source>
        <translation>timanställd</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/roster/roster_grid.py" line="210"/>
        <source>Cover %1</source>
        <translation>Bemanning %1</translation>
    </message>
</context>
<context>
    <name>RosterPage</name>
    <message>
        <location filename="../../hvbdesk/gui/roster/roster_page.py" line="69"/>
        <location filename="../../hvbdesk/gui/roster/roster_page.py" line="79"/>
        <location filename="../../hvbdesk/gui/roster/roster_page.py" line="267"/>
        <location filename="../../hvbdesk/gui/roster/roster_page.py" line="355"/>
        <location filename="../../hvbdesk/gui/roster/roster_page.py" line="405"/>
        <location filename="../../hvbdesk/gui/roster/roster_page.py" line="511"/>
        <location filename="../../hvbdesk/gui/roster/roster_page.py" line="545"/>
        <location filename="../../hvbdesk/gui/roster/roster_page.py" line="555"/>
        <location filename="../../hvbdesk/gui/roster/roster_page.py" line="561"/>
        <source>Roster</source>
        <translation>Schema</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/roster/roster_page.py" line="81"/>
        <source>Period roster</source>
        <translation>Periodschema</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/roster/roster_page.py" line="82"/>
        <source>Base schedule</source>
        <translation>Grundschema</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/roster/roster_page.py" line="84"/>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/roster/roster_page.py" line="89"/>
        <source>Weeks</source>
        <translation>Veckor</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/roster/roster_page.py" line="94"/>
        <source>Print / export…</source>
        <translation>Skriv ut / exportera…</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/roster/roster_page.py" line="95"/>
        <source>The period roster as a PDF for the wall (two weeks a page) or as CSV</source>
        <translation>Periodschemat som PDF för väggen (två veckor per sida) eller som CSV</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/roster/roster_page.py" line="97"/>
        <source>Absence…</source>
        <translation>Frånvaro…</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/roster/roster_page.py" line="98"/>
        <source>Set-up…</source>
        <translation>Inställningar…</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/roster/roster_page.py" line="99"/>
        <source>Undo</source>
        <translation>Ångra</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/roster/roster_page.py" line="100"/>
        <source>Redo</source>
        <translation>Gör om</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/roster/roster_page.py" line="101"/>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/roster/roster_page.py" line="108"/>
        <source>Lay out the roster</source>
        <translation>Lägg schemat</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/roster/roster_page.py" line="111"/>
        <source>The solver lays out everyone with an FTE; temporary staff and locked cells stay as they are. Undo takes it back.</source>
        <translation>Schemaläggaren lägger pass för alla med tjänstgöringsgrad; timanställda och låsta celler lämnas som de är. Ångra tar tillbaka det.</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/roster/roster_page.py" line="116"/>
        <source>Time limit (s)</source>
        <translation>Tidsgräns (s)</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/roster/roster_page.py" line="124"/>
        <source>Proven: %p %</source>
        <translation>Bevisat: %p %</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/roster/roster_page.py" line="126"/>
        <source>How close the best roster so far is proven to be to the best possible (100 %: none is better)</source>
        <translation>Hur nära bästa möjliga det bästa schemat hittills är bevisat att vara (100 %: inget är bättre)</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/roster/roster_page.py" line="130"/>
        <source>Stop and keep the best</source>
        <translation>Avbryt och behåll det bästa</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/roster/roster_page.py" line="162"/>
        <source>Rule breaks</source>
        <translation>Regelbrott</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/roster/roster_page.py" line="166"/>
        <source>Keep with a reason…</source>
        <translation>Behåll med motivering…</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/roster/roster_page.py" line="169"/>
        <source>Uncovered shifts</source>
        <translation>Obemannade pass</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/roster/roster_page.py" line="186"/>
        <source>Type a shift&apos;s letter in a cell (Delete clears); select a week and copy it with Ctrl+C, paste with Ctrl+V; Ctrl+Z undoes. A red frame is a rule break, amber one kept with a reason. Right-click a cell for absence and wishes.</source>
        <translation>Skriv passets bokstav i en cell (Delete tömmer); markera en vecka och kopiera med Ctrl+C, klistra in med Ctrl+V; Ctrl+Z ångrar. Röd ram är ett regelbrott, gul ett som behållits med motivering. Högerklicka på en cell för frånvaro och önskemål.</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/roster/roster_page.py" line="287"/>
        <source>Saved</source>
        <translation>Sparat</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/roster/roster_page.py" line="288"/>
        <source>Made from the base schedule – not saved yet</source>
        <translation>Skapat från grundschemat – inte sparat än</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/roster/roster_page.py" line="289"/>
        <source>Empty – type shifts or lay out the roster</source>
        <translation>Tomt – skriv in pass eller lägg schemat</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/roster/roster_page.py" line="293"/>
        <source>Changed – not saved</source>
        <translation>Ändrat – inte sparat</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/roster/roster_page.py" line="311"/>
        <source>Kept: %1</source>
        <translation>Behållet: %1</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/roster/roster_page.py" line="318"/>
        <source>No rule is broken.</source>
        <translation>Inget regelbrott.</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/roster/roster_page.py" line="327"/>
        <source>No roster is laid out for these weeks yet. Press “Lay out the roster” for a proposal, or type shifts in the grid.</source>
        <translation>Inget schema är lagt för de här veckorna ännu. Tryck ”Lägg schemat” för ett förslag, eller skriv in pass i rutnätet.</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/roster/roster_page.py" line="333"/>
        <source>%1 hours uncovered.</source>
        <translation>%1 timmar obemannade.</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/roster/roster_page.py" line="335"/>
        <source>Temporary staff to ask: %1</source>
        <translation>Timanställda att fråga: %1</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/roster/roster_page.py" line="338"/>
        <source>Every shift is covered.</source>
        <translation>Alla pass är bemannade.</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/roster/roster_page.py" line="347"/>
        <source>Keep the rule break</source>
        <translation>Behåll regelbrottet</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/roster/roster_page.py" line="348"/>
        <source>Why is the break kept? This is logged.
%1</source>
        <translation>Varför behålls regelbrottet? Det loggas.
%1</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/roster/roster_page.py" line="378"/>
        <source>Save the roster</source>
        <translation>Spara schemat</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/roster/roster_page.py" line="378"/>
        <source>PDF for the wall (*.pdf);;CSV (*.csv)</source>
        <translation>PDF för väggen (*.pdf);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/roster/roster_page.py" line="393"/>
        <source>Writing the roster…</source>
        <translation>Skriver schemat …</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/roster/roster_page.py" line="395"/>
        <source>Written to %1</source>
        <translation>Skrivet till %1</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/roster/roster_page.py" line="451"/>
        <source>Looking for a first roster…</source>
        <translation>Söker ett första schema…</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/roster/roster_page.py" line="478"/>
        <source>So far: penalty points %1 (lower is better) · cannot go below %2 · %3 s</source>
        <translation>Hittills: straffpoäng %1 (lägre är bättre) · kan inte bli lägre än %2 · %3 s</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/roster/roster_page.py" line="498"/>
        <source>Laid out in %2 s; no roster within the rules is better (penalty points %1).</source>
        <translation>Lagt på %2 s; inget schema inom reglerna är bättre (straffpoäng %1).</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/roster/roster_page.py" line="501"/>
        <source>Laid out in %2 s: penalty points %1 (lower is better). A better roster may exist, with at most %3 % fewer points.</source>
        <translation>Lagt på %2 s: straffpoäng %1 (lägre är bättre). Ett bättre schema kan finnas, med högst %3 % färre poäng.</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/roster/roster_page.py" line="489"/>
        <source>No roster within the rules was found in the time given.</source>
        <translation>Inget schema inom reglerna hittades på den tiden.</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/roster/roster_page.py" line="527"/>
        <source>Register absence…</source>
        <translation>Registrera frånvaro…</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/roster/roster_page.py" line="529"/>
        <source>Remove the absence</source>
        <translation>Ta bort frånvaron</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/roster/roster_page.py" line="536"/>
        <source>Remove the wish</source>
        <translation>Ta bort önskemålet</translation>
    </message>
</context>
<context>
    <name>RosterSetupDialog</name>
    <message>
        <location filename="../../hvbdesk/gui/roster/roster_dialogs.py" line="96"/>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/roster/roster_dialogs.py" line="97"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/roster/roster_dialogs.py" line="98"/>
        <source>Starts</source>
        <translation>Börjar</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/roster/roster_dialogs.py" line="99"/>
        <source>Ends</source>
        <translation>Slutar</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/roster/roster_dialogs.py" line="100"/>
        <source>Break (min)</source>
        <translation>Rast (min)</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/roster/roster_dialogs.py" line="101"/>
        <source>Roles (comma between)</source>
        <translation>Roller (komma emellan)</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/roster/roster_dialogs.py" line="110"/>
        <source>Holiday</source>
        <translation>Helgdag</translation>
    </message>
    <message>
        <location filename="../../ui/roster_setup_dialog.ui" line="6"/>
        <source>Roster set-up</source>
        <translation>Schemainställningar</translation>
    </message>
    <message>
        <location filename="../../ui/roster_setup_dialog.ui" line="10"/>
        <source>Shift types and how many are needed on each. A change applies from the date below; rosters before it keep the set-up they were made with. Rest rules, limits and the solver&apos;s weights are changed under Administration → Settings.</source>
        <translation>Passtyper och hur många som behövs på varje. En ändring gäller från datumet nedan; scheman före det behåller inställningarna de gjordes med. Vilotider, gränser och schemaläggarens vikter ändras under Administration → Inställningar.</translation>
    </message>
    <message>
        <location filename="../../ui/roster_setup_dialog.ui" line="16"/>
        <source>Applies &amp;from</source>
        <translation>Gäller &amp;från</translation>
    </message>
    <message>
        <location filename="../../ui/roster_setup_dialog.ui" line="20"/>
        <source>Shift types</source>
        <translation>Passtyper</translation>
    </message>
    <message>
        <location filename="../../ui/roster_setup_dialog.ui" line="24"/>
        <source>Add shift type</source>
        <translation>Lägg till passtyp</translation>
    </message>
    <message>
        <location filename="../../ui/roster_setup_dialog.ui" line="25"/>
        <source>Remove shift type</source>
        <translation>Ta bort passtyp</translation>
    </message>
    <message>
        <location filename="../../ui/roster_setup_dialog.ui" line="29"/>
        <source>Staffing demand: minimum/wished per day (for example 2/3)</source>
        <translation>Bemanning: minst/önskat per dag (till exempel 2/3)</translation>
    </message>
</context>
<context>
    <name>RosterTexts</name>
    <message>
        <location filename="../../hvbdesk/gui/roster/roster_texts.py" line="12"/>
        <source>Absent or off</source>
        <translation>Frånvarande eller ledig</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/roster/roster_texts.py" line="13"/>
        <source>Daily rest</source>
        <translation>Dygnsvila</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/roster/roster_texts.py" line="14"/>
        <source>Hours</source>
        <translation>Timmar</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/roster/roster_texts.py" line="15"/>
        <source>Days in a row</source>
        <translation>Dagar i rad</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/roster/roster_texts.py" line="16"/>
        <source>Nights in a row</source>
        <translation>Nätter i rad</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/roster/roster_texts.py" line="17"/>
        <source>Weekly rest</source>
        <translation>Veckovila</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/roster/roster_texts.py" line="18"/>
        <location filename="../../hvbdesk/gui/roster/roster_texts.py" line="19"/>
        <source>Weekends</source>
        <translation>Helger</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/roster/roster_texts.py" line="20"/>
        <source>Locked cell</source>
        <translation>Låst cell</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/roster/roster_texts.py" line="21"/>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/roster/roster_texts.py" line="22"/>
        <source>Unknown shift</source>
        <translation>Okänt pass</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/roster/roster_texts.py" line="33"/>
        <source>week %1 %2</source>
        <translation>vecka %1 %2</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/roster/roster_texts.py" line="47"/>
        <source>%name has %shift on %when but is absent or off that day.</source>
        <translation>%name har %shift %when men är frånvarande eller ledig den dagen.</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/roster/roster_texts.py" line="50"/>
        <source>%name: %shift on %when and the next shift leave less than %n hours&apos; daily rest.</source>
        <translation>%name: %shift %when och nästa pass ger mindre än %n timmars dygnsvila.</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/roster/roster_texts.py" line="53"/>
        <source>%name is rostered %h hours; the target is at most %t hours.</source>
        <translation>%name har %h timmar i schemat; målet är högst %t timmar.</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/roster/roster_texts.py" line="56"/>
        <source>%name works more than %n days in a row from %when.</source>
        <translation>%name arbetar mer än %n dagar i rad från %when.</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/roster/roster_texts.py" line="59"/>
        <source>%name works more than %n nights in a row from %when.</source>
        <translation>%name arbetar mer än %n nätter i rad från %when.</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/roster/roster_texts.py" line="62"/>
        <source>%name has no %n hours&apos; rest in a row in week %week (from %when); the longest rest inside it is %rest.</source>
        <translation>%name har ingen sammanhängande vila på %n timmar vecka %week (från %when); den längsta vilan inom veckan är %rest.</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/roster/roster_texts.py" line="66"/>
        <source>%name works more weekends than every %n.</source>
        <translation>%name arbetar oftare än var %n:e helg.</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/roster/roster_texts.py" line="67"/>
        <source>%name works the weekend of %when, next to a weekend worked in the roster before or after; at most every %n.</source>
        <translation>%name arbetar helgen %when, intill en helg som arbetas i schemat före eller efter; högst var %n:e helg.</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/roster/roster_texts.py" line="72"/>
        <source>%name: the cell on %when is locked to another shift.</source>
        <translation>%name: cellen %when är låst till ett annat pass.</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/roster/roster_texts.py" line="73"/>
        <source>%name may not work %shift (%when): the shift is for other roles.</source>
        <translation>%name får inte ta %shift (%when): passet är för andra roller.</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/roster/roster_texts.py" line="76"/>
        <source>%name: &apos;%code&apos; on %when is not a shift type.</source>
        <translation>%name: &apos;%code&apos; %when är ingen passtyp.</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/roster/roster_texts.py" line="86"/>
        <source>%name breaks the rule %rule.</source>
        <translation>%name bryter mot regeln %rule.</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/roster/roster_texts.py" line="110"/>
        <source>the saved roster</source>
        <translation>det sparade schemat</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/roster/roster_texts.py" line="111"/>
        <source>the base schedule (nothing saved)</source>
        <translation>grundschemat (inget sparat)</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/roster/roster_texts.py" line="112"/>
        <source>nothing known, the rules stop at the edge</source>
        <translation>inget känt, reglerna stannar vid gränsen</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/roster/roster_texts.py" line="115"/>
        <source>Weeks before and after: %1</source>
        <translation>Veckorna före och efter: %1</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/roster/roster_texts.py" line="117"/>
        <source>Week before: %1 · week after: %2</source>
        <translation>Veckan före: %1 · veckan efter: %2</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/roster/roster_texts.py" line="125"/>
        <source>Mon</source>
        <translation>mån</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/roster/roster_texts.py" line="126"/>
        <source>Tue</source>
        <translation>tis</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/roster/roster_texts.py" line="127"/>
        <source>Wed</source>
        <translation>ons</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/roster/roster_texts.py" line="128"/>
        <source>Thu</source>
        <translation>tor</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/roster/roster_texts.py" line="129"/>
        <source>Fri</source>
        <translation>fre</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/roster/roster_texts.py" line="130"/>
        <source>Sat</source>
        <translation>lör</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/roster/roster_texts.py" line="131"/>
        <source>Sun</source>
        <translation>sön</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/roster/roster_texts.py" line="138"/>
        <source>Vac</source>
        <translation>Sem</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/roster/roster_texts.py" line="139"/>
        <source>Sick</source>
        <translation>Sjuk</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/roster/roster_texts.py" line="140"/>
        <source>Par</source>
        <translation>Föräl</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/roster/roster_texts.py" line="141"/>
        <source>Trn</source>
        <translation>Utb</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/roster/roster_texts.py" line="147"/>
        <source>Vacation</source>
        <translation>Semester</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/roster/roster_texts.py" line="148"/>
        <source>Sick leave</source>
        <translation>Sjukfrånvaro</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/roster/roster_texts.py" line="149"/>
        <source>Parental leave</source>
        <translation>Föräldraledighet</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/roster/roster_texts.py" line="150"/>
        <source>Training</source>
        <translation>Utbildning</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/roster/roster_texts.py" line="158"/>
        <source>Wishes a day off</source>
        <translation>Önskar ledigt</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/roster/roster_texts.py" line="160"/>
        <source>Wishes to work</source>
        <translation>Önskar arbeta</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/roster/roster_texts.py" line="163"/>
        <source>Wishes %1</source>
        <translation>Önskar %1</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/roster/roster_texts.py" line="165"/>
        <source>Wishes to avoid %1</source>
        <translation>Vill undvika %1</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/roster/roster_texts.py" line="173"/>
        <source>off</source>
        <translation>ledig</translation>
    </message>
</context>
<context>
    <name>SettingDialog</name>
    <message>
        <location filename="../../hvbdesk/gui/admin/setting_dialog.py" line="33"/>
        <source>from %1</source>
        <translation>från %1</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/admin/setting_dialog.py" line="35"/>
        <source>built-in value, never changed</source>
        <translation>inbyggt värde, aldrig ändrat</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/admin/setting_dialog.py" line="40"/>
        <source>a whole number %1–%2</source>
        <translation>ett heltal %1–%2</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/admin/setting_dialog.py" line="43"/>
        <source>a time, HH:MM</source>
        <translation>en tid, TT:MM</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/admin/setting_dialog.py" line="51"/>
        <source>Save change</source>
        <translation>Spara ändringen</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/admin/setting_dialog.py" line="58"/>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/admin/setting_dialog.py" line="58"/>
        <source>Valid from</source>
        <translation>Gäller från</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/admin/setting_dialog.py" line="58"/>
        <source>Valid to</source>
        <translation>Gäller till</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/admin/setting_dialog.py" line="67"/>
        <source>History: none stored, the built-in value applies</source>
        <translation>Historik: inget sparat, det inbyggda värdet gäller</translation>
    </message>
    <message>
        <location filename="../../ui/setting_dialog.ui" line="6"/>
        <source>Change setting</source>
        <translation>Ändra inställning</translation>
    </message>
    <message>
        <location filename="../../ui/setting_dialog.ui" line="16"/>
        <source>In force today</source>
        <translation>Gäller i dag</translation>
    </message>
    <message>
        <location filename="../../ui/setting_dialog.ui" line="18"/>
        <source>&amp;New value</source>
        <translation>&amp;Nytt värde</translation>
    </message>
    <message>
        <location filename="../../ui/setting_dialog.ui" line="20"/>
        <source>&amp;Valid from</source>
        <translation>&amp;Gäller från</translation>
    </message>
    <message>
        <location filename="../../ui/setting_dialog.ui" line="26"/>
        <source>What has applied before the date stays as it was. Changes already planned from the date on are replaced.</source>
        <translation>Det som gällt före datumet ändras inte. Ändringar som redan är planerade från och med datumet ersätts.</translation>
    </message>
    <message>
        <location filename="../../ui/setting_dialog.ui" line="31"/>
        <source>History</source>
        <translation>Historik</translation>
    </message>
</context>
<context>
    <name>SettingsTab</name>
    <message>
        <location filename="../../hvbdesk/gui/admin/admin_page.py" line="203"/>
        <source>Area</source>
        <translation>Område</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/admin/admin_page.py" line="204"/>
        <source>Setting</source>
        <translation>Inställning</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/admin/admin_page.py" line="205"/>
        <source>Value today</source>
        <translation>Värde i dag</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/admin/admin_page.py" line="207"/>
        <source>built-in</source>
        <translation>inbyggt</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/admin/admin_page.py" line="209"/>
        <source>Planned change</source>
        <translation>Planerad ändring</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/admin/admin_page.py" line="214"/>
        <source>Change…</source>
        <translation>Ändra…</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/admin/admin_page.py" line="221"/>
        <source>A change applies from a date you choose; what applied before stays as it was. Double-click a row to change it.</source>
        <translation>En ändring gäller från ett datum du väljer; det som gällt före ändras inte. Dubbelklicka på en rad för att ändra den.</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/admin/admin_page.py" line="236"/>
        <source>%1 from %2</source>
        <translation>%1 från %2</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/admin/admin_page.py" line="253"/>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/admin/admin_page.py" line="253"/>
        <source>Select a setting in the list first.</source>
        <translation>Markera en inställning i listan först.</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/admin/admin_page.py" line="207"/>
        <source>Valid from</source>
        <translation>Gäller från</translation>
    </message>
</context>
<context>
    <name>Shortfall</name>
    <message>
        <location filename="../../hvbdesk/roster/shortfall.py" line="44"/>
        <source>No treatment assistant with a position works round the clock in this period: all %1 hours of the staffing demand stay unstaffed, about %2 positions.</source>
        <translation>Ingen behandlingsassistent med tjänst arbetar dygnet runt under perioden: alla %1 timmar som bemanningen kräver blir obemannade, ungefär %2 tjänster.</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/roster/shortfall.py" line="55"/>
        <source>%1 treatment assistants give %2 hours in %3 weeks; the staffing demand needs %4; %5 hours stay unstaffed, about %6 positions.</source>
        <translation>%1 behandlingsassistenter ger %2 timmar på %3 veckor; bemanningen kräver %4; %5 timmar blir obemannade, ungefär %6 tjänster.</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/roster/shortfall.py" line="75"/>
        <source>%1 of the shifts are missing at weekends: every weekend day needs %2 people, but nobody may work more than %3 of %4 weekends.</source>
        <translation>%1 av passen saknas på helger: varje helgdag behöver %2 personer, men ingen får arbeta mer än %3 av %4 helger.</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/roster/shortfall.py" line="91"/>
        <source>%1 night shifts are missing; at most %2 nights in a row.</source>
        <translation>%1 nattpass saknas; högst %2 nätter i rad.</translation>
    </message>
</context>
<context>
    <name>SipEntryDialog</name>
    <message>
        <location filename="../../ui/sip_entry_dialog.ui" line="6"/>
        <source>Add to the SIP</source>
        <translation>Lägg till i SIP:en</translation>
    </message>
    <message>
        <location filename="../../ui/sip_entry_dialog.ui" line="8"/>
        <source>&amp;Kind</source>
        <translation>&amp;Typ</translation>
    </message>
    <message>
        <location filename="../../ui/sip_entry_dialog.ui" line="8"/>
        <source>&amp;Text</source>
        <translation>&amp;Text</translation>
    </message>
    <message>
        <location filename="../../ui/sip_entry_dialog.ui" line="8"/>
        <source>&amp;About</source>
        <translation>&amp;Gäller</translation>
    </message>
    <message>
        <location filename="../../ui/sip_entry_dialog.ui" line="8"/>
        <source>&amp;Responsible organisation</source>
        <translation>&amp;Ansvarig organisation</translation>
    </message>
    <message>
        <location filename="../../ui/sip_entry_dialog.ui" line="8"/>
        <source>Responsible &amp;person</source>
        <translation>Ansvarig &amp;person</translation>
    </message>
    <message>
        <location filename="../../ui/sip_entry_dialog.ui" line="8"/>
        <source>&amp;Follow up on</source>
        <translation>&amp;Följs upp</translation>
    </message>
</context>
<context>
    <name>SipFollowUpDialog</name>
    <message>
        <location filename="../../ui/sip_follow_up_dialog.ui" line="6"/>
        <source>Follow up an action</source>
        <translation>Följ upp en insats</translation>
    </message>
    <message>
        <location filename="../../ui/sip_follow_up_dialog.ui" line="8"/>
        <source>&amp;Result</source>
        <translation>&amp;Resultat</translation>
    </message>
    <message>
        <location filename="../../ui/sip_follow_up_dialog.ui" line="8"/>
        <source>What happens &amp;next</source>
        <translation>Vad som händer &amp;sedan</translation>
    </message>
    <message>
        <location filename="../../ui/sip_follow_up_dialog.ui" line="8"/>
        <source>Next &amp;follow-up</source>
        <translation>Nästa &amp;uppföljning</translation>
    </message>
</context>
<context>
    <name>SipMeetingDialog</name>
    <message>
        <location filename="../../ui/sip_meeting_dialog.ui" line="6"/>
        <source>Book a SIP meeting</source>
        <translation>Boka SIP-möte</translation>
    </message>
    <message>
        <location filename="../../ui/sip_meeting_dialog.ui" line="8"/>
        <source>&amp;Kind</source>
        <translation>&amp;Typ</translation>
    </message>
    <message>
        <location filename="../../ui/sip_meeting_dialog.ui" line="8"/>
        <source>&amp;When</source>
        <translation>&amp;När</translation>
    </message>
    <message>
        <location filename="../../ui/sip_meeting_dialog.ui" line="8"/>
        <source>&amp;Place</source>
        <translation>&amp;Plats</translation>
    </message>
    <message>
        <location filename="../../ui/sip_meeting_dialog.ui" line="8"/>
        <source>&amp;Called by</source>
        <translation>&amp;Kallat av</translation>
    </message>
    <message>
        <location filename="../../ui/sip_meeting_dialog.ui" line="8"/>
        <source>C&amp;oordinated by</source>
        <translation>S&amp;amordnas av</translation>
    </message>
</context>
<context>
    <name>SipPage</name>
    <message>
        <location filename="../../hvbdesk/gui/sip/sip_page.py" line="52"/>
        <location filename="../../hvbdesk/gui/sip/sip_page.py" line="56"/>
        <source>SIP</source>
        <translation>SIP</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/sip/sip_page.py" line="70"/>
        <source>Register consent…</source>
        <translation>Registrera samtycke…</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/sip/sip_page.py" line="71"/>
        <source>Start SIP</source>
        <translation>Starta SIP</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/sip/sip_page.py" line="72"/>
        <source>Add participant…</source>
        <translation>Lägg till deltagare…</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/sip/sip_page.py" line="73"/>
        <source>Add goal, need or action…</source>
        <translation>Lägg till mål, behov eller insats…</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/sip/sip_page.py" line="74"/>
        <source>Follow up the action…</source>
        <translation>Följ upp insatsen…</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/sip/sip_page.py" line="75"/>
        <source>Book meeting…</source>
        <translation>Boka möte…</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/sip/sip_page.py" line="76"/>
        <source>Revoke consent…</source>
        <translation>Återkalla samtycke…</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/sip/sip_page.py" line="77"/>
        <source>Add a guardian&apos;s consent…</source>
        <translation>Lägg till vårdnadshavares samtycke…</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/sip/sip_page.py" line="78"/>
        <source>Someone who consents after the consent was registered</source>
        <translation>Någon som samtycker efter att samtycket registrerades</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/sip/sip_page.py" line="79"/>
        <source>The action selected in the list below</source>
        <translation>Den insats som är markerad i listan nedan</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/sip/sip_page.py" line="101"/>
        <source>Participants</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/sip/sip_page.py" line="104"/>
        <source>Principal</source>
        <translation>Huvudman</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/sip/sip_page.py" line="105"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/sip/sip_page.py" line="106"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/sip/sip_page.py" line="107"/>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/sip/sip_page.py" line="112"/>
        <source>Goals, needs and actions</source>
        <translation>Mål, behov och insatser</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/sip/sip_page.py" line="115"/>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/sip/sip_page.py" line="116"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/sip/sip_page.py" line="118"/>
        <source>Responsible</source>
        <translation>Ansvarar</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/sip/sip_page.py" line="126"/>
        <source>Follow-up</source>
        <translation>Följs upp</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/sip/sip_page.py" line="132"/>
        <source>Print invitation…</source>
        <translation>Skriv ut kallelse…</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/sip/sip_page.py" line="133"/>
        <source>An invitation to the participant selected in the list</source>
        <translation>En kallelse till den deltagare som är markerad i listan</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/sip/sip_page.py" line="134"/>
        <source>Print summary…</source>
        <translation>Skriv ut sammanfattning…</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/sip/sip_page.py" line="136"/>
        <source>A version for one organisation holds only what the consent lets it see</source>
        <translation>En version för en organisation innehåller bara det som samtycket låter den ta del av</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/sip/sip_page.py" line="137"/>
        <source>Version for</source>
        <translation>Version för</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/sip/sip_page.py" line="139"/>
        <source>Preview and print…</source>
        <translation>Förhandsgranska och skriv ut…</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/sip/sip_page.py" line="140"/>
        <source>The summary&apos;s real pages, then the computer&apos;s print dialog</source>
        <translation>Sammanfattningens riktiga sidor, sedan datorns utskriftsdialog</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/sip/sip_page.py" line="164"/>
        <source>Goal (own words)</source>
        <translation>Mål (egna ord)</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/sip/sip_page.py" line="165"/>
        <source>Need</source>
        <translation>Behov</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/sip/sip_page.py" line="166"/>
        <source>Action</source>
        <translation>Insats</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/sip/sip_page.py" line="211"/>
        <source>No consent registered.</source>
        <translation>Inget samtycke registrerat.</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/sip/sip_page.py" line="222"/>
        <source>No SIP for %1 yet.</source>
        <translation>Ingen SIP för %1 ännu.</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/sip/sip_page.py" line="227"/>
        <source>Next meeting %1, %2</source>
        <translation>Nästa möte %1, %2</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/sip/sip_page.py" line="244"/>
        <source>the home&apos;s file</source>
        <translation>hemmets akt</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/sip/sip_page.py" line="293"/>
        <source>The young person</source>
        <translation>Ungdomen</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/sip/sip_page.py" line="320"/>
        <source>Select the action to follow up in the list first.</source>
        <translation>Markera först den insats som ska följas upp i listan.</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/sip/sip_page.py" line="327"/>
        <source>Save the printout</source>
        <translation>Spara utskriften</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/sip/sip_page.py" line="340"/>
        <source>Select the participant to invite in the list first.</source>
        <translation>Markera först den deltagare som ska kallas i listan.</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/sip/sip_page.py" line="353"/>
        <source>Writing the SIP summary…</source>
        <translation>Skriver SIP-sammanfattningen …</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/sip/sip_page.py" line="355"/>
        <location filename="../../hvbdesk/gui/sip/sip_page.py" line="384"/>
        <source>Written to %1</source>
        <translation>Skrivet till %1</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/sip/sip_page.py" line="366"/>
        <source>Preparing the preview…</source>
        <translation>Förbereder förhandsgranskningen …</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/sip/sip_page.py" line="368"/>
        <source>SIP – %1</source>
        <translation>SIP – %1</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/sip/sip_page.py" line="382"/>
        <source>Writing the invitation…</source>
        <translation>Skriver kallelsen …</translation>
    </message>
</context>
<context>
    <name>SipParticipantDialog</name>
    <message>
        <location filename="../../ui/sip_participant_dialog.ui" line="6"/>
        <source>Add participant</source>
        <translation>Lägg till deltagare</translation>
    </message>
    <message>
        <location filename="../../ui/sip_participant_dialog.ui" line="8"/>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/sip_participant_dialog.ui" line="8"/>
        <source>Name of the &amp;other organisation</source>
        <translation>Namn på den &amp;andra organisationen</translation>
    </message>
    <message>
        <location filename="../../ui/sip_participant_dialog.ui" line="8"/>
        <source>&amp;Name</source>
        <translation>&amp;Namn</translation>
    </message>
    <message>
        <location filename="../../ui/sip_participant_dialog.ui" line="8"/>
        <source>&amp;Role</source>
        <translation>&amp;Roll</translation>
    </message>
    <message>
        <location filename="../../ui/sip_participant_dialog.ui" line="8"/>
        <source>e.g. social worker, physician, mentor</source>
        <translation>t.ex. socialsekreterare, läkare, mentor</translation>
    </message>
</context>
<context>
    <name>SipTexts</name>
    <message>
        <location filename="../../hvbdesk/i18n/sip_texts.py" line="14"/>
        <source>another organisation</source>
        <translation>annan organisation</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/sip_texts.py" line="16"/>
        <source>social services</source>
        <translation>socialtjänsten</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/sip_texts.py" line="17"/>
        <source>the HVB home</source>
        <translation>HVB-hemmet</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/sip_texts.py" line="18"/>
        <source>school</source>
        <translation>skolan</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/sip_texts.py" line="19"/>
        <source>child and adolescent psychiatry (BUP)</source>
        <translation>barn- och ungdomspsykiatrin (BUP)</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/sip_texts.py" line="20"/>
        <source>adult psychiatry</source>
        <translation>vuxenpsykiatrin</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/sip_texts.py" line="21"/>
        <source>primary care</source>
        <translation>primärvården</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/sip_texts.py" line="22"/>
        <source>dental care</source>
        <translation>tandvården</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/sip_texts.py" line="28"/>
        <source>The municipality</source>
        <translation>Kommunen</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/sip_texts.py" line="29"/>
        <source>Region Dalarna</source>
        <translation>Region Dalarna</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/sip_texts.py" line="30"/>
        <source>Others</source>
        <translation>Andra</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/sip_texts.py" line="36"/>
        <source>the stay and treatment at the home</source>
        <translation>placeringen och behandlingen på hemmet</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/sip_texts.py" line="37"/>
        <source>family, housing and finances</source>
        <translation>familj, boende och ekonomi</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/sip_texts.py" line="38"/>
        <source>schooling</source>
        <translation>skolgång</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/sip_texts.py" line="39"/>
        <source>health and medication</source>
        <translation>hälsa och läkemedel</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/sip_texts.py" line="40"/>
        <source>psychiatric assessments and diagnoses</source>
        <translation>psykiatriska bedömningar och diagnoser</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/sip_texts.py" line="41"/>
        <source>substance use and test results</source>
        <translation>missbruk och provsvar</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/sip_texts.py" line="47"/>
        <source>in writing</source>
        <translation>skriftligt</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/sip_texts.py" line="48"/>
        <source>orally</source>
        <translation>muntligt</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/sip_texts.py" line="49"/>
        <source>in another way</source>
        <translation>på annat sätt</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/sip_texts.py" line="55"/>
        <source>Consent</source>
        <translation>Samtycke</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/sip_texts.py" line="56"/>
        <source>Given on</source>
        <translation>Lämnat</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/sip_texts.py" line="57"/>
        <source>Valid until</source>
        <translation>Giltig till</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/sip_texts.py" line="58"/>
        <source>Consent given by</source>
        <translation>Samtycke lämnat av</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/sip_texts.py" line="59"/>
        <source>Heard by</source>
        <translation>Hört av</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/sip_texts.py" line="60"/>
        <source>Who may take part</source>
        <translation>Vilka som får delta</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/sip_texts.py" line="61"/>
        <source>What may be shared</source>
        <translation>Vad som får delas</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/sip_texts.py" line="62"/>
        <source>Revoked on</source>
        <translation>Återkallat</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/sip_texts.py" line="63"/>
        <source>How it was revoked</source>
        <translation>Hur det återkallades</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/sip_texts.py" line="64"/>
        <source>SIP</source>
        <translation>SIP</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/sip_texts.py" line="65"/>
        <source>Started on</source>
        <translation>Påbörjad</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/sip_texts.py" line="66"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/sip_texts.py" line="67"/>
        <source>Follow-up date</source>
        <translation>Uppföljningsdatum</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/sip_texts.py" line="68"/>
        <source>Followed up on</source>
        <translation>Uppföljd</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/sip_texts.py" line="69"/>
        <source>Called by</source>
        <translation>Kallat av</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/sip_texts.py" line="70"/>
        <source>Coordinated by</source>
        <translation>Samordnas av</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/sip_texts.py" line="76"/>
        <source>a consent is valid one year at most: until %1</source>
        <translation>ett samtycke gäller högst ett år: till och med %1</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/sip_texts.py" line="77"/>
        <source>a consent is never general: name who may take part</source>
        <translation>ett samtycke är aldrig generellt: ange vilka som får delta</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/sip_texts.py" line="78"/>
        <source>a consent is never general: name what may be shared</source>
        <translation>ett samtycke är aldrig generellt: ange vad som får delas</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/sip_texts.py" line="79"/>
        <source>say who gave the consent</source>
        <translation>ange vem som lämnade samtycket</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/sip_texts.py" line="80"/>
        <source>an oral consent records who heard it</source>
        <translation>ett muntligt samtycke dokumenteras med vem som hörde det</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/sip_texts.py" line="81"/>
        <source>the young person is of age: the consent is their own</source>
        <translation>ungdomen är myndig: samtycket är ungdomens eget</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/sip_texts.py" line="82"/>
        <source>is not a guardian registered on the young person</source>
        <translation>är inte en registrerad vårdnadshavare till ungdomen</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/sip_texts.py" line="83"/>
        <source>name the other organisation</source>
        <translation>ange namnet på den andra organisationen</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/sip_texts.py" line="84"/>
        <source>has already consented</source>
        <translation>har redan samtyckt</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/sip_texts.py" line="85"/>
        <source>the consent is already revoked</source>
        <translation>samtycket är redan återkallat</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/sip_texts.py" line="86"/>
        <source>the young person has no consent registered</source>
        <translation>ungdomen har inget registrerat samtycke</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/sip_texts.py" line="87"/>
        <source>not everyone who must consent has done so yet</source>
        <translation>alla som måste samtycka har inte gjort det ännu</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/sip_texts.py" line="88"/>
        <source>the consent was revoked from %1</source>
        <translation>samtycket återkallades från och med %1</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/sip_texts.py" line="89"/>
        <source>the consent ended on %1</source>
        <translation>samtycket gällde till och med %1</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/sip_texts.py" line="90"/>
        <source>the consent applies from %1</source>
        <translation>samtycket gäller från och med %1</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/sip_texts.py" line="91"/>
        <source>the guardians&apos; consent ended when the young person turned 18 on %1; ask the young person</source>
        <translation>vårdnadshavarnas samtycke upphörde när ungdomen fyllde 18 den %1; fråga ungdomen</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/sip_texts.py" line="94"/>
        <source>the consent does not include %1</source>
        <translation>samtycket omfattar inte %1</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/sip_texts.py" line="95"/>
        <source>the consent does not include information on %1</source>
        <translation>samtycket omfattar inte uppgifter om %1</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/sip_texts.py" line="96"/>
        <source>the young person already has a SIP in progress</source>
        <translation>ungdomen har redan en pågående SIP</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/sip_texts.py" line="97"/>
        <source>the young person has no SIP</source>
        <translation>ungdomen har ingen SIP</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/sip_texts.py" line="98"/>
        <source>only actions are followed up</source>
        <translation>bara insatser följs upp</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/sip_texts.py" line="99"/>
        <source>holds something the young person has kept out of the consent (%1)</source>
        <translation>innehåller något som ungdomen har undantagit från samtycket (%1)</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/sip_texts.py" line="106"/>
        <source>That SIP, participant or action no longer exists.</source>
        <translation>Den SIP:en, deltagaren eller insatsen finns inte längre.</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/sip_texts.py" line="107"/>
        <source>That consent no longer exists.</source>
        <translation>Det samtycket finns inte längre.</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/sip_texts.py" line="108"/>
        <source>%1 changed this consent at %2, after you opened it. Open it again to see the change.</source>
        <translation>%1 ändrade samtycket %2, efter att du öppnade det. Öppna det igen för att se ändringen.</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/sip_texts.py" line="128"/>
        <source>the young person</source>
        <translation>ungdomen</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/sip_texts.py" line="130"/>
        <source>Consent valid until %1.</source>
        <translation>Samtycket gäller till och med %1.</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/sip_texts.py" line="131"/>
        <source>Consent valid until %1: renew it soon.</source>
        <translation>Samtycket gäller till och med %1: förnya det snart.</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/sip_texts.py" line="132"/>
        <source>Consent not complete: %1 has not consented.</source>
        <translation>Samtycket är inte komplett: %1 har inte samtyckt.</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/sip_texts.py" line="133"/>
        <source>Consent not yet in force.</source>
        <translation>Samtycket gäller ännu inte.</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/sip_texts.py" line="134"/>
        <source>Consent ended %1: nothing may be shared.</source>
        <translation>Samtycket upphörde %1: inget får delas.</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/sip_texts.py" line="135"/>
        <source>Consent revoked from %1: nothing may be shared.</source>
        <translation>Samtycket är återkallat från %1: inget får delas.</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/i18n/sip_texts.py" line="136"/>
        <source>The guardians&apos; consent ended at 18: the young person&apos;s own consent is needed.</source>
        <translation>Vårdnadshavarnas samtycke upphörde vid 18: ungdomens eget samtycke behövs.</translation>
    </message>
</context>
<context>
    <name>StayDialog</name>
    <message>
        <location filename="../../hvbdesk/gui/board/stay_dialogs.py" line="43"/>
        <source>Stay in place %1</source>
        <translation>Placering på plats %1</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/board/stay_dialogs.py" line="45"/>
        <source>%1 · %2 · admitted %3 · day %4 of %5</source>
        <translation>%1 · %2 · inskriven %3 · dag %4 av %5</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/board/stay_dialogs.py" line="57"/>
        <source>Place %1</source>
        <translation>Plats %1</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/board/stay_dialogs.py" line="58"/>
        <source>acute</source>
        <translation>akut</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/board/stay_dialogs.py" line="89"/>
        <source>Discharge…</source>
        <translation>Skriv ut…</translation>
    </message>
    <message>
        <location filename="../../ui/stay_dialog.ui" line="6"/>
        <source>Stay</source>
        <translation>Placering</translation>
    </message>
    <message>
        <location filename="../../ui/stay_dialog.ui" line="7"/>
        <source>Extend the acute stay</source>
        <translation>Förläng akutplaceringen</translation>
    </message>
    <message>
        <location filename="../../ui/stay_dialog.ui" line="7"/>
        <source>&amp;Days</source>
        <translation>&amp;Dagar</translation>
    </message>
    <message>
        <location filename="../../ui/stay_dialog.ui" line="7"/>
        <source>Reason</source>
        <translation>Skäl</translation>
    </message>
    <message>
        <location filename="../../ui/stay_dialog.ui" line="7"/>
        <source>Only if extended a second time</source>
        <translation>Bara om den förlängs en andra gång</translation>
    </message>
    <message>
        <location filename="../../ui/stay_dialog.ui" line="7"/>
        <source>Extend</source>
        <translation>Förläng</translation>
    </message>
    <message>
        <location filename="../../ui/stay_dialog.ui" line="7"/>
        <source>Planned end</source>
        <translation>Planerat slut</translation>
    </message>
    <message>
        <location filename="../../ui/stay_dialog.ui" line="7"/>
        <source>&amp;Planned end</source>
        <translation>&amp;Planerat slut</translation>
    </message>
    <message>
        <location filename="../../ui/stay_dialog.ui" line="7"/>
        <source>Discharge is planned (aftercare arranged)</source>
        <translation>Utskrivning är planerad (eftervård ordnad)</translation>
    </message>
    <message>
        <location filename="../../ui/stay_dialog.ui" line="7"/>
        <source>Save planned end</source>
        <translation>Spara planerat slut</translation>
    </message>
    <message>
        <location filename="../../ui/stay_dialog.ui" line="7"/>
        <source>Move to another place</source>
        <translation>Flytta till annan plats</translation>
    </message>
    <message>
        <location filename="../../ui/stay_dialog.ui" line="7"/>
        <source>P&amp;lace</source>
        <translation>P&amp;lats</translation>
    </message>
    <message>
        <location filename="../../ui/stay_dialog.ui" line="7"/>
        <source>&amp;Reason</source>
        <translation>&amp;Skäl</translation>
    </message>
    <message>
        <location filename="../../ui/stay_dialog.ui" line="7"/>
        <source>Move</source>
        <translation>Flytta</translation>
    </message>
    <message>
        <location filename="../../ui/stay_dialog.ui" line="7"/>
        <source>Cost split</source>
        <translation>Kostnadsfördelning</translation>
    </message>
    <message>
        <location filename="../../ui/stay_dialog.ui" line="7"/>
        <source>&amp;Registered in</source>
        <translation>&amp;Folkbokförd i</translation>
    </message>
    <message>
        <location filename="../../ui/stay_dialog.ui" line="7"/>
        <source>&amp;Settled on</source>
        <translation>&amp;Klar den</translation>
    </message>
    <message>
        <location filename="../../ui/stay_dialog.ui" line="7"/>
        <source>Record as settled</source>
        <translation>Registrera som klar</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../../hvbdesk/gui/board/timeline.py" line="140"/>
        <source>w. %1</source>
        <translation>v. %1</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/board/timeline.py" line="49"/>
        <location filename="../../hvbdesk/gui/board/timeline.py" line="155"/>
        <source>Place %1</source>
        <translation>Plats %1</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/board/timeline.py" line="34"/>
        <source>Up and down arrows move between the places.</source>
        <translation>Pil upp och ned flyttar mellan platserna.</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/board/timeline.py" line="51"/>
        <location filename="../../hvbdesk/gui/board/timeline.py" line="157"/>
        <source>(acute)</source>
        <translation>(akut)</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/board/timeline.py" line="56"/>
        <source>%1 to %2</source>
        <translation>%1 till %2</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/board/timeline.py" line="57"/>
        <source>free</source>
        <translation>ledig</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/board/timeline.py" line="62"/>
        <source>Reserved %1 – %2</source>
        <translation>Reserverad %1 – %2</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/board/timeline.py" line="67"/>
        <source>%1: %2 – %3, planned end %4</source>
        <translation>%1: %2 – %3, planerat slut %4</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/board/timeline.py" line="75"/>
        <source>Timeline</source>
        <translation>Tidslinje</translation>
    </message>
</context>
<context>
    <name>_GiverRow</name>
    <message>
        <location filename="../../hvbdesk/gui/sip/sip_dialogs.py" line="73"/>
        <source>who heard it (oral)</source>
        <translation>vem som hörde det (muntligt)</translation>
    </message>
</context>
<context>
    <name>combo</name>
    <message>
        <location filename="../../hvbdesk/gui/sip/sip_dialogs.py" line="152"/>
        <source>other…</source>
        <translation>annan…</translation>
    </message>
</context>
</TS>
