<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="sv_SE">
<context>
    <name>AccountDialog</name>
    <message>
        <location filename="../../hvbdesk/gui/account_dialog.py" line="27" />
        <source>Create account</source>
        <translation>Skapa konto</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/account_dialog.py" line="33" />
        <source>Password: the two passwords differ</source>
        <translation>Lösenord: de två lösenorden är olika</translation>
    </message>
    <message>
        <location filename="../../ui/account_dialog.ui" line="6" />
        <source>New account</source>
        <translation>Nytt konto</translation>
    </message>
    <message>
        <location filename="../../ui/account_dialog.ui" line="10" />
        <source>&amp;Name</source>
        <translation>&amp;Namn</translation>
    </message>
    <message>
        <location filename="../../ui/account_dialog.ui" line="12" />
        <source>&amp;User name</source>
        <translation>&amp;Användarnamn</translation>
    </message>
    <message>
        <location filename="../../ui/account_dialog.ui" line="14" />
        <source>R&amp;ole</source>
        <translation>R&amp;oll</translation>
    </message>
    <message>
        <location filename="../../ui/account_dialog.ui" line="16" />
        <source>&amp;Password</source>
        <translation>&amp;Lösenord</translation>
    </message>
    <message>
        <location filename="../../ui/account_dialog.ui" line="18" />
        <source>&amp;Repeat password</source>
        <translation>&amp;Upprepa lösenord</translation>
    </message>
</context>
<context>
    <name>AccountsTab</name>
    <message>
        <location filename="../../hvbdesk/gui/pages/admin_page.py" line="36" />
        <source>User name</source>
        <translation>Användarnamn</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/pages/admin_page.py" line="37" />
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/pages/admin_page.py" line="38" />
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/pages/admin_page.py" line="39" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/pages/admin_page.py" line="39" />
        <source>active</source>
        <translation>aktivt</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/pages/admin_page.py" line="39" />
        <source>switched off</source>
        <translation>avstängt</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/pages/admin_page.py" line="40" />
        <source>Last login</source>
        <translation>Senaste inloggning</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/pages/admin_page.py" line="44" />
        <source>New account…</source>
        <translation>Nytt konto…</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/pages/admin_page.py" line="46" />
        <source>Switch off / on</source>
        <translation>Stäng av / slå på</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/pages/admin_page.py" line="68" />
        <location filename="../../hvbdesk/gui/pages/admin_page.py" line="74" />
        <source>Accounts</source>
        <translation>Konton</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/pages/admin_page.py" line="68" />
        <source>Select an account in the list first.</source>
        <translation>Markera först ett konto i listan.</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <location filename="../../hvbdesk/gui/pages/admin_page.py" line="176" />
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/pages/admin_page.py" line="181" />
        <source>Accounts</source>
        <translation>Konton</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/pages/admin_page.py" line="182" />
        <source>Audit log</source>
        <translation>Loggbok (åtkomstlogg)</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/pages/admin_page.py" line="183" />
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <location filename="../../hvbdesk/gui/application.py" line="43" />
        <source>There is no database in %1 yet. Create a new, empty one?</source>
        <translation>Det finns ännu ingen databas i %1. Vill du skapa en ny, tom databas?</translation>
    </message>
</context>
<context>
    <name>AuditTab</name>
    <message>
        <location filename="../../hvbdesk/gui/pages/admin_page.py" line="83" />
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/pages/admin_page.py" line="84" />
        <location filename="../../hvbdesk/gui/pages/admin_page.py" line="105" />
        <source>User</source>
        <translation>Användare</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/pages/admin_page.py" line="85" />
        <location filename="../../hvbdesk/gui/pages/admin_page.py" line="106" />
        <source>Action</source>
        <translation>Händelse</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/pages/admin_page.py" line="86" />
        <source>Record</source>
        <translation>Post</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/pages/admin_page.py" line="87" />
        <source>Young person (id)</source>
        <translation>Ungdom (id)</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/pages/admin_page.py" line="88" />
        <source>Workstation</source>
        <translation>Dator</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/pages/admin_page.py" line="89" />
        <source>Detail</source>
        <translation>Detalj</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/pages/admin_page.py" line="96" />
        <source>All actions</source>
        <translation>Alla händelser</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/pages/admin_page.py" line="111" />
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/pages/admin_page.py" line="113" />
        <source>Show</source>
        <translation>Visa</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/pages/admin_page.py" line="127" />
        <source>All users</source>
        <translation>Alla användare</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hvbdesk/gui/pages/admin_page.py" line="144" />
        <source>%n event(s), newest first (at most 2000 shown)</source>
        <translation><numerusform>%n händelse, nyast först (högst 2000 visas)</numerusform><numerusform>%n händelser, nyast först (högst 2000 visas)</numerusform></translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../hvbdesk/gui/login_dialogs.py" line="69" />
        <source>Create account</source>
        <translation>Skapa konto</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/login_dialogs.py" line="76" />
        <source>Password: the two passwords differ</source>
        <translation>Lösenord: de två lösenorden är olika</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_dialog.ui" line="6" />
        <source>Set up hvbdesk</source>
        <translation>Kom igång med hvbdesk</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_dialog.ui" line="11" />
        <source>Welcome to hvbdesk</source>
        <translation>Välkommen till hvbdesk</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_dialog.ui" line="16" />
        <source>This database has no accounts yet. Create the account of the facility manager, who can then add the other staff's accounts.</source>
        <translation>Databasen har ännu inga konton. Skapa föreståndarens konto; föreståndaren lägger sedan upp kontona för övrig personal.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_dialog.ui" line="22" />
        <source>&amp;Name</source>
        <translation>&amp;Namn</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_dialog.ui" line="24" />
        <source>&amp;User name</source>
        <translation>&amp;Användarnamn</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_dialog.ui" line="26" />
        <source>&amp;Password</source>
        <translation>&amp;Lösenord</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_dialog.ui" line="28" />
        <source>&amp;Repeat password</source>
        <translation>&amp;Upprepa lösenord</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../hvbdesk/gui/idle_lock.py" line="69" />
        <source>The screen is locked</source>
        <translation>Skärmen är låst</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/idle_lock.py" line="72" />
        <source>Personal data is hidden. %1 can unlock with their password.</source>
        <translation>Personuppgifterna är dolda. %1 kan låsa upp med sitt lösenord.</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/idle_lock.py" line="79" />
        <source>Password</source>
        <translation>Lösenord</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/idle_lock.py" line="86" />
        <source>Unlock</source>
        <translation>Lås upp</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/idle_lock.py" line="88" />
        <source>Log out</source>
        <translation>Logga ut</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/idle_lock.py" line="114" />
        <source>Wrong password. The attempt has been logged.</source>
        <translation>Fel lösenord. Försöket har loggats.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../hvbdesk/gui/login_dialogs.py" line="33" />
        <source>Database: %1</source>
        <translation>Databas: %1</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/login_dialogs.py" line="38" />
        <source>DEMO database with fictional data. Accounts: %1. Password: demo</source>
        <translation>DEMO-databas med påhittade uppgifter. Konton: %1. Lösenord: demo</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/login_dialogs.py" line="44" />
        <location filename="../../ui/login_dialog.ui" line="6" />
        <source>Log in</source>
        <translation>Logga in</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.ui" line="11" />
        <source>Log in to hvbdesk</source>
        <translation>Logga in i hvbdesk</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.ui" line="22" />
        <source>&amp;User name</source>
        <translation>&amp;Användarnamn</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.ui" line="24" />
        <source>&amp;Password</source>
        <translation>&amp;Lösenord</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../hvbdesk/gui/main_window.py" line="58" />
        <source>Occupancy</source>
        <translation>Beläggning</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/main_window.py" line="59" />
        <source>Young people</source>
        <translation>Ungdomar</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/main_window.py" line="62" />
        <source>Plans</source>
        <translation>Planer</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/main_window.py" line="63" />
        <source>Implementation plans and received care plans for each stay, with versions, follow-ups and printouts, and the journal with drafts that are never lost.</source>
        <translation>Genomförandeplaner och mottagna vårdplaner för varje placering, med versioner, uppföljningar och utskrifter, samt journalen där inget skrivet går förlorat.</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/main_window.py" line="65" />
        <source>SIP</source>
        <translation>SIP</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/main_window.py" line="66" />
        <source>Coordinated individual plans with consent, responsible actors and follow-up, and the summary the coordinator prints for social services and psychiatry.</source>
        <translation>Samordnade individuella planer med samtycke, ansvariga aktörer och uppföljning, och sammanfattningen som samordnaren skriver ut till socialtjänst och psykiatri.</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/main_window.py" line="68" />
        <source>Roster</source>
        <translation>Schema</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/main_window.py" line="69" />
        <source>The staff roster around the clock: shifts, demand, the Working Hours Act's rest rules, absences, and a solver that lays out the roster and explains any shortfall.</source>
        <translation>Personalschemat dygnet runt: pass, bemanningsbehov, arbetstidslagens viloregler, frånvaro och en schemaläggare som lägger schemat och förklarar eventuell brist.</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/main_window.py" line="71" />
        <source>Reports</source>
        <translation>Rapporter</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/main_window.py" line="72" />
        <source>The steering group's report: care days, occupancy, fee revenue and the deficit split among the member municipalities by population.</source>
        <translation>Styrgruppens rapport: vårddygn, beläggning, intäkter från dygnsavgifter och fördelningen av underskott mellan samverkanskommunerna efter folkmängd.</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/main_window.py" line="78" />
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/main_window.py" line="124" />
        <source>hvbdesk</source>
        <translation>hvbdesk</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/main_window.py" line="137" />
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/main_window.py" line="138" />
        <source>&amp;Lock the screen</source>
        <translation>&amp;Lås skärmen</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/main_window.py" line="142" />
        <location filename="../../hvbdesk/gui/main_window.py" line="162" />
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/main_window.py" line="149" />
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/main_window.py" line="153" />
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/main_window.py" line="154" />
        <source>&amp;About hvbdesk</source>
        <translation>&amp;Om hvbdesk</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/main_window.py" line="156" />
        <source>About hvbdesk</source>
        <translation>Om hvbdesk</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/main_window.py" line="157" />
        <source>hvbdesk %1 – daily operations of %2.</source>
        <translation>hvbdesk %1 – den dagliga verksamheten på %2.</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/main_window.py" line="163" />
        <source>The language changes the next time hvbdesk starts.</source>
        <translation>Språket byts nästa gång hvbdesk startar.</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/main_window.py" line="167" />
        <source>Logged in: %1 (%2)</source>
        <translation>Inloggad: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/main_window.py" line="169" />
        <source>Database: %1</source>
        <translation>Databas: %1</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/main_window.py" line="171" />
        <source>Locked</source>
        <translation>Låst</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/main_window.py" line="178" />
        <source>DEMO – fictional data</source>
        <translation>DEMO – påhittade uppgifter</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../hvbdesk/gui/messages.py" line="14" />
        <source>User name</source>
        <translation>Användarnamn</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/messages.py" line="15" />
        <source>Password</source>
        <translation>Lösenord</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/messages.py" line="16" />
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/messages.py" line="17" />
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/messages.py" line="24" />
        <source>use 2–60 characters: lower-case letters a–z, digits, '.', '_' or '-'</source>
        <translation>använd 2–60 tecken: små bokstäver a–z, siffror, '.', '_' eller '-'</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/messages.py" line="26" />
        <source>is already taken by another account</source>
        <translation>används redan av ett annat konto</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/messages.py" line="27" />
        <source>you cannot switch off your own account</source>
        <translation>du kan inte stänga av ditt eget konto</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/messages.py" line="28" />
        <source>must not be empty</source>
        <translation>får inte vara tomt</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hvbdesk/gui/messages.py" line="29" />
        <source>must have at least %n characters</source>
        <translation><numerusform>måste ha minst %n tecken</numerusform><numerusform>måste ha minst %n tecken</numerusform></translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/messages.py" line="38" />
        <source>Wrong user name or password, or the account is switched off.</source>
        <translation>Fel användarnamn eller lösenord, eller så är kontot avstängt.</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/messages.py" line="40" />
        <source>Your role does not give access to this. The attempt has been logged.</source>
        <translation>Din roll ger inte tillgång till detta. Försöket har loggats.</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/messages.py" line="42" />
        <source>The passphrase does not open the database. Check it and try again.</source>
        <translation>Lösenfrasen öppnar inte databasen. Kontrollera den och försök igen.</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/messages.py" line="44" />
        <source>No key for the database was given, so it cannot be opened.</source>
        <translation>Ingen nyckel till databasen angavs, så den kan inte öppnas.</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/messages.py" line="46" />
        <source>The database file is not encrypted. hvbdesk refuses to open it.</source>
        <translation>Databasfilen är inte krypterad. hvbdesk vägrar öppna den.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hvbdesk/gui/messages.py" line="48" />
        <source>The passphrase must have at least %n characters.</source>
        <translation><numerusform>Lösenfrasen måste ha minst %n tecken.</numerusform><numerusform>Lösenfrasen måste ha minst %n tecken.</numerusform></translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/messages.py" line="50" />
        <source>Someone else changed this after you opened it. Reload and try again.</source>
        <translation>Någon annan har ändrat detta sedan du öppnade det. Läs in på nytt och försök igen.</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/messages.py" line="52" />
        <source>The database already has accounts. Log in as the manager.</source>
        <translation>Databasen har redan konton. Logga in som föreståndare.</translation>
    </message>
</context>
<context>
    <name>NotYetPage</name>
    <message>
        <location filename="../../hvbdesk/gui/pages/not_yet.py" line="21" />
        <source>Not yet available</source>
        <translation>Kommer i en senare version</translation>
    </message>
</context>
<context>
    <name>OccupancyPage</name>
    <message>
        <location filename="../../hvbdesk/gui/pages/occupancy_page.py" line="40" />
        <source>Occupancy</source>
        <translation>Beläggning</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/pages/occupancy_page.py" line="43" />
        <source>Care places</source>
        <translation>Vårdplatser</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/pages/occupancy_page.py" line="44" />
        <source>Acute places</source>
        <translation>Akutplatser</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/pages/occupancy_page.py" line="45" />
        <source>All places</source>
        <translation>Alla platser</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/pages/occupancy_page.py" line="54" />
        <source>The bed board with every place, the timeline of the coming weeks, referrals and admissions come in the next version. The figures above are counted from the registered stays.</source>
        <translation>Platstavlan med varje plats, tidslinjen för de kommande veckorna, förfrågningar och inskrivningar kommer i nästa version. Siffrorna ovan räknas fram ur de registrerade placeringarna.</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/pages/occupancy_page.py" line="62" />
        <location filename="../../hvbdesk/gui/pages/occupancy_page.py" line="64" />
        <source>occupied now</source>
        <translation>belagda nu</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/pages/occupancy_page.py" line="67" />
        <source>%1 of %2 places occupied</source>
        <translation>%1 av %2 platser belagda</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../hvbdesk/gui/passphrase_dialog.py" line="20" />
        <source>A new encrypted database will be created at %1. No key store is available on this computer, so choose a passphrase of at least %2 characters. Without it the data cannot be read: keep it safe.</source>
        <translation>En ny krypterad databas skapas i %1. Datorn saknar nyckelring, så välj en lösenfras på minst %2 tecken. Utan den går uppgifterna inte att läsa: förvara den säkert.</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/passphrase_dialog.py" line="24" />
        <source>The database at %1 is encrypted. Type its passphrase.</source>
        <translation>Databasen i %1 är krypterad. Skriv dess lösenfras.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hvbdesk/gui/passphrase_dialog.py" line="34" />
        <source>The passphrase must have at least %n characters.</source>
        <translation><numerusform>Lösenfrasen måste ha minst %n tecken.</numerusform><numerusform>Lösenfrasen måste ha minst %n tecken.</numerusform></translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/passphrase_dialog.py" line="38" />
        <source>The two passphrases differ.</source>
        <translation>De två lösenfraserna är olika.</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/passphrase_dialog.py" line="41" />
        <source>Type the passphrase.</source>
        <translation>Skriv lösenfrasen.</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_dialog.ui" line="6" />
        <source>Database passphrase</source>
        <translation>Databasens lösenfras</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_dialog.ui" line="16" />
        <source>&amp;Passphrase</source>
        <translation>&amp;Lösenfras</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_dialog.ui" line="18" />
        <source>&amp;Repeat</source>
        <translation>&amp;Upprepa</translation>
    </message>
</context>
<context>
    <name>ResidentsPage</name>
    <message>
        <location filename="../../hvbdesk/gui/pages/residents_page.py" line="19" />
        <source>woman</source>
        <translation>kvinna</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/pages/residents_page.py" line="19" />
        <source>man</source>
        <translation>man</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/pages/residents_page.py" line="19" />
        <source>non-binary</source>
        <translation>icke-binär</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/pages/residents_page.py" line="22" />
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/pages/residents_page.py" line="23" />
        <source>Personal identity number</source>
        <translation>Personnummer</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/pages/residents_page.py" line="24" />
        <source>Age</source>
        <translation>Ålder</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/pages/residents_page.py" line="25" />
        <source>Gender</source>
        <translation>Kön</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/pages/residents_page.py" line="26" />
        <source>Place</source>
        <translation>Plats</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/pages/residents_page.py" line="28" />
        <source>Legal basis</source>
        <translation>Lagrum</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/pages/residents_page.py" line="29" />
        <source>Admitted</source>
        <translation>Inskriven</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/pages/residents_page.py" line="30" />
        <source>Discharged</source>
        <translation>Utskriven</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/pages/residents_page.py" line="33" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/pages/residents_page.py" line="41" />
        <source>Young people</source>
        <translation>Ungdomar</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/pages/residents_page.py" line="44" />
        <source>Search name or number…</source>
        <translation>Sök namn eller nummer…</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/pages/residents_page.py" line="51" />
        <source>No young people are registered yet. Stays are registered from the bed board, or imported from earlier records by the manager.</source>
        <translation>Inga ungdomar är registrerade ännu. Placeringar registreras från platstavlan, eller importeras från tidigare register av föreståndaren.</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/pages/residents_page.py" line="62" />
        <source>placed</source>
        <translation>placerad</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/pages/residents_page.py" line="62" />
        <source>discharged</source>
        <translation>utskriven</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../../hvbdesk/gui/role_names.py" line="12" />
        <source>Facility manager</source>
        <translation>Föreståndare</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/role_names.py" line="13" />
        <source>Treatment lead</source>
        <translation>Behandlingsansvarig</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/role_names.py" line="14" />
        <source>Coordinator</source>
        <translation>Samordnare</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/role_names.py" line="15" />
        <source>Treatment assistant</source>
        <translation>Behandlingsassistent</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/role_names.py" line="16" />
        <source>Physician</source>
        <translation>Läkare</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/role_names.py" line="17" />
        <source>Psychologist</source>
        <translation>Psykolog</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/role_names.py" line="18" />
        <source>Nurse</source>
        <translation>Sjuksköterska</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/role_names.py" line="19" />
        <source>Steering group (statistics only)</source>
        <translation>Styrgrupp (endast statistik)</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/role_names.py" line="26" />
        <source>viewed</source>
        <translation>visade</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/role_names.py" line="27" />
        <source>created</source>
        <translation>skapade</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/role_names.py" line="28" />
        <source>changed</source>
        <translation>ändrade</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/role_names.py" line="29" />
        <source>printed</source>
        <translation>skrev ut</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/role_names.py" line="30" />
        <source>exported</source>
        <translation>exporterade</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/role_names.py" line="31" />
        <source>logged in</source>
        <translation>loggade in</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/role_names.py" line="32" />
        <source>failed login</source>
        <translation>misslyckad inloggning</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/role_names.py" line="33" />
        <source>denied</source>
        <translation>nekades</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/role_names.py" line="40" />
        <source>account</source>
        <translation>konto</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/role_names.py" line="41" />
        <source>young person</source>
        <translation>ungdom</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/role_names.py" line="42" />
        <source>stay</source>
        <translation>placering</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/role_names.py" line="43" />
        <source>staff member</source>
        <translation>personal</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/role_names.py" line="44" />
        <source>settings</source>
        <translation>inställningar</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/role_names.py" line="45" />
        <source>audit log</source>
        <translation>loggbok</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/role_names.py" line="46" />
        <source>occupancy</source>
        <translation>beläggning</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/role_names.py" line="47" />
        <source>database</source>
        <translation>databas</translation>
    </message>
</context>
<context>
    <name>SettingsTab</name>
    <message>
        <location filename="../../hvbdesk/gui/pages/admin_page.py" line="153" />
        <source>Setting</source>
        <translation>Inställning</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/pages/admin_page.py" line="154" />
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/pages/admin_page.py" line="155" />
        <source>Valid from</source>
        <translation>Gäller från</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/pages/admin_page.py" line="156" />
        <source>Valid to</source>
        <translation>Gäller till</translation>
    </message>
    <message>
        <location filename="../../hvbdesk/gui/pages/admin_page.py" line="159" />
        <source>The home's rule numbers with their validity dates. Editing them comes with the areas that use them.</source>
        <translation>Hemmets regelvärden med giltighetsdatum. Redigering kommer tillsammans med de delar som använder dem.</translation>
    </message>
</context>
</TS>