<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AuthorizeCheck</name>
    <message>
        <source>The tenant does not know the client id &quot;%1&quot; (unknown client): %2</source>
        <translation>Der Tenant kennt die Client-ID „%1“ nicht (unbekannter Client): %2</translation>
    </message>
    <message>
        <source>Copy the Client ID from the application&apos;s settings in the Auth0 dashboard into the profile.</source>
        <translation>Kopieren Sie die Client-ID aus den Einstellungen der Anwendung im Auth0-Dashboard in das Profil.</translation>
    </message>
    <message>
        <source>The tenant refuses the redirect URI %1 (callback URL mismatch): %2</source>
        <translation>Der Tenant lehnt die Weiterleitungs-URI %1 ab (Callback-URL passt nicht): %2</translation>
    </message>
    <message>
        <source>Add %1 to the application&apos;s &quot;Allowed Callback URLs&quot; in Auth0, or correct the profile&apos;s redirect URI.</source>
        <translation>Tragen Sie %1 unter „Allowed Callback URLs“ der Anwendung in Auth0 ein oder korrigieren Sie die Weiterleitungs-URI des Profils.</translation>
    </message>
    <message>
        <source>The tenant refuses the sign-in request: %1</source>
        <translation>Der Tenant lehnt die Anmeldeanfrage ab: %1</translation>
    </message>
    <message>
        <source>Check the application in Auth0: it must be a &quot;Native&quot; application with the Authorization Code grant enabled.</source>
        <translation>Prüfen Sie die Anwendung in Auth0: Sie muss eine „Native“-Anwendung mit aktiviertem Authorization-Code-Grant sein.</translation>
    </message>
    <message>
        <source>The authorize endpoint did not answer: %1</source>
        <translation>Der Autorisierungs-Endpunkt hat nicht geantwortet: %1</translation>
    </message>
    <message>
        <source>timeout</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <source>Check the network and try again.</source>
        <translation>Prüfen Sie das Netzwerk und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The tenant accepts the client id and the redirect URI (it leads to its login page).</source>
        <translation>Der Tenant akzeptiert die Client-ID und die Weiterleitungs-URI (die Anmeldeseite öffnet sich).</translation>
    </message>
    <message>
        <source>The tenant accepts the client id and the redirect URI (HTTP %1).</source>
        <translation>Der Tenant akzeptiert die Client-ID und die Weiterleitungs-URI (HTTP %1).</translation>
    </message>
</context>
<context>
    <name>Callback</name>
    <message>
        <source>Signed in; finishing the sign-in.</source>
        <translation>Angemeldet; die Anmeldung wird abgeschlossen.</translation>
    </message>
    <message>
        <source>Sign-in was cancelled or access was denied.</source>
        <translation>Die Anmeldung wurde abgebrochen oder der Zugriff verweigert.</translation>
    </message>
    <message>
        <source>The sign-in server refused the sign-in (%1).</source>
        <translation>Der Anmeldeserver hat die Anmeldung abgelehnt (%1).</translation>
    </message>
    <message>
        <source>The sign-in server refused the sign-in: %1 (%2)</source>
        <translation>Der Anmeldeserver hat die Anmeldung abgelehnt: %1 (%2)</translation>
    </message>
    <message>
        <source>The sign-in page went to an unexpected address. Check the redirect URI in the profile and in the Auth0 application.</source>
        <translation>Die Anmeldeseite hat zu einer unerwarteten Adresse weitergeleitet. Prüfen Sie die Weiterleitungs-URI im Profil und in der Auth0-Anwendung.</translation>
    </message>
    <message>
        <source>The sign-in response did not belong to this sign-in attempt and was ignored. Please sign in again.</source>
        <translation>Die Antwort gehörte nicht zu diesem Anmeldeversuch und wurde ignoriert. Bitte melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The sign-in server sent an incomplete or malformed response. Please sign in again.</source>
        <translation>Der Anmeldeserver hat eine unvollständige oder fehlerhafte Antwort gesendet. Bitte melden Sie sich erneut an.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Usage: %1 %2 %3</source>
        <translation>Aufruf: %1 %2 %3</translation>
    </message>
    <message>
        <source>%1: unexpected argument &quot;%2&quot;</source>
        <translation>%1: unerwartetes Argument „%2“</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Unbekannter Befehl „%1“.</translation>
    </message>
    <message>
        <source>Usage: %1 [command] [options]</source>
        <translation>Aufruf: %1 [Befehl] [Optionen]</translation>
    </message>
    <message>
        <source>Without a command, opens the main window.</source>
        <translation>Ohne Befehl wird das Hauptfenster geöffnet.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Run &quot;%1 &lt;command&gt; --help&quot; for the options of a command.</source>
        <translation>„%1 &lt;Befehl&gt; --help“ zeigt die Optionen eines Befehls.</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 2 usage or configuration error, 3 sign-in required, 4 keychain unavailable or locked, 5 network or server error, 6 sign-in cancelled.</source>
        <translation>Exit-Codes: 0 Erfolg, 2 Aufruf- oder Konfigurationsfehler, 3 Anmeldung erforderlich, 4 Schlüsselbund nicht verfügbar oder gesperrt, 5 Netzwerk- oder Serverfehler, 6 Anmeldung abgebrochen.</translation>
    </message>
    <message>
        <source>Unknown profile &quot;%1&quot;.</source>
        <translation>Unbekanntes Profil „%1“.</translation>
    </message>
    <message>
        <source>No profile is configured. Create one with: connector-signin configure --profile %1 --domain TENANT.auth0.com --client-id CLIENT_ID</source>
        <translation>Es ist kein Profil eingerichtet. Legen Sie eines an mit: connector-signin configure --profile %1 --domain TENANT.auth0.com --client-id CLIENT_ID</translation>
    </message>
    <message>
        <source>Known profiles: %1</source>
        <translation>Vorhandene Profile: %1</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; cannot be used:</source>
        <translation>Das Profil „%1“ kann nicht verwendet werden:</translation>
    </message>
    <message>
        <source>The window program could not be started (%1): %2</source>
        <translation>Das Statusfenster konnte nicht gestartet werden (%1): %2</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>The connection profile to use (default: &quot;%1&quot;).</source>
        <translation>Das zu verwendende Verbindungsprofil (Standard: „%1“).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Print JSON for scripts.</source>
        <translation>JSON für Skripte ausgeben.</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Profile %1: %2</source>
        <translation>Profil %1: %2</translation>
    </message>
    <message>
        <source>Tenant: %1</source>
        <translation>Tenant: %1</translation>
    </message>
    <message>
        <source>Client: %1</source>
        <translation>Client: %1</translation>
    </message>
    <message>
        <source>User: %1 &lt;%2&gt;</source>
        <translation>Benutzer: %1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Access token expires: %1</source>
        <translation>Zugriffstoken läuft ab: %1</translation>
    </message>
    <message>
        <source>Refresh token: stored (fingerprint %1)</source>
        <translation>Refresh-Token: gespeichert (Fingerabdruck %1)</translation>
    </message>
    <message>
        <source>Next refresh: %1</source>
        <translation>Nächste Aktualisierung: %1</translation>
    </message>
    <message>
        <source>Last refresh: %1 (%2)</source>
        <translation>Letzte Aktualisierung: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>ConfigureCommand</name>
    <message>
        <source>Set up or remove a connection profile.</source>
        <translation>Ein Verbindungsprofil einrichten oder entfernen.</translation>
    </message>
    <message>
        <source>--profile P (--issuer URL | --domain HOST) --client-id ID [--audience A] [--scope S]... [--redirect-uri U] [--window-size WxH] [--system] | --profile P --remove [--system]</source>
        <translation>--profile P (--issuer URL | --domain HOST) --client-id ID [--audience A] [--scope S]... [--redirect-uri U] [--window-size BxH] [--system] | --profile P --remove [--system]</translation>
    </message>
    <message>
        <source>The issuer URL, e.g. https://tenant.eu.auth0.com/ (a bare domain means https).</source>
        <translation>Die Aussteller-URL, z. B. https://tenant.eu.auth0.com/ (eine reine Domain bedeutet https).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>The Auth0 domain, e.g. tenant.eu.auth0.com.</source>
        <translation>Die Auth0-Domain, z. B. tenant.eu.auth0.com.</translation>
    </message>
    <message>
        <source>host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>The application&apos;s client ID from the Auth0 dashboard.</source>
        <translation>Die Client-ID der Anwendung aus dem Auth0-Dashboard.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>The API identifier (audience) to ask tokens for.</source>
        <translation>Die API-Kennung (Audience), für die Tokens angefordert werden.</translation>
    </message>
    <message>
        <source>audience</source>
        <translation>Audience</translation>
    </message>
    <message>
        <source>A scope to ask for; repeat the option or separate scopes with spaces (default: %1).</source>
        <translation>Ein anzufordernder Scope; Option wiederholen oder Scopes durch Leerzeichen trennen (Standard: %1).</translation>
    </message>
    <message>
        <source>scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>The redirect URI registered in Auth0 (default: %1).</source>
        <translation>Die in Auth0 registrierte Weiterleitungs-URI (Standard: %1).</translation>
    </message>
    <message>
        <source>uri</source>
        <translation>URI</translation>
    </message>
    <message>
        <source>The login window size, e.g. 1200x1000.</source>
        <translation>Die Größe des Anmeldefensters, z. B. 1200x1000.</translation>
    </message>
    <message>
        <source>WxH</source>
        <translation>BxH</translation>
    </message>
    <message>
        <source>Write the system-wide, managed configuration (needs administrator rights).</source>
        <translation>Die systemweite, verwaltete Konfiguration schreiben (erfordert Administratorrechte).</translation>
    </message>
    <message>
        <source>Remove the profile (and, for your own profiles, the sign-in stored for it).</source>
        <translation>Das Profil entfernen (und bei eigenen Profilen die dafür gespeicherte Anmeldung).</translation>
    </message>
    <message>
        <source>--profile: &quot;%1&quot; is not a valid profile name: use 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>--profile: „%1“ ist kein gültiger Profilname: 1 bis 64 Buchstaben, Ziffern, „.“, „_“ oder „-“ verwenden.</translation>
    </message>
    <message>
        <source>Give exactly one of --issuer URL or --domain HOST, for example --domain tenant.eu.auth0.com.</source>
        <translation>Geben Sie genau eines von --issuer URL oder --domain HOST an, zum Beispiel --domain tenant.eu.auth0.com.</translation>
    </message>
    <message>
        <source>--client-id is required: copy the client ID from the application&apos;s settings in the Auth0 dashboard.</source>
        <translation>--client-id ist erforderlich: Kopieren Sie die Client-ID aus den Einstellungen der Anwendung im Auth0-Dashboard.</translation>
    </message>
    <message>
        <source>--domain: give only the host name, such as tenant.eu.auth0.com; use --issuer for a URL.</source>
        <translation>--domain: Geben Sie nur den Hostnamen an, etwa tenant.eu.auth0.com; für eine URL --issuer verwenden.</translation>
    </message>
    <message>
        <source>--window-size: &quot;%1&quot; is not WIDTHxHEIGHT, e.g. 1200x1000.</source>
        <translation>--window-size: „%1“ hat nicht das Format BREITExHÖHE, z. B. 1200x1000.</translation>
    </message>
    <message>
        <source>--system: the system-wide configuration cannot be written here. Run the command as an administrator (root), or leave out --system to configure only your own account.</source>
        <translation>--system: Die systemweite Konfiguration kann hier nicht geschrieben werden. Führen Sie den Befehl als Administrator (root) aus oder lassen Sie --system weg, um nur Ihr eigenes Konto einzurichten.</translation>
    </message>
    <message>
        <source>Leave these options out, or ask your IT department to change them.</source>
        <translation>Lassen Sie diese Optionen weg oder bitten Sie Ihre IT-Abteilung, sie zu ändern.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; saved in the system-wide configuration (%2).</source>
        <translation>Profil „%1“ in der systemweiten Konfiguration gespeichert (%2).</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; saved (%2).</source>
        <translation>Profil „%1“ gespeichert (%2).</translation>
    </message>
    <message>
        <source>--remove: --%1 cannot be combined with --remove.</source>
        <translation>--remove: --%1 kann nicht mit --remove kombiniert werden.</translation>
    </message>
    <message>
        <source>--profile: there is no profile named &quot;%1&quot;. Run &quot;%2 profiles&quot; to list them.</source>
        <translation>--profile: Es gibt kein Profil namens „%1“. „%2 profiles“ listet sie auf.</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; is not in the system-wide configuration.</source>
        <translation>Das Profil „%1“ ist nicht in der systemweiten Konfiguration.</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; is managed by your organization: only an administrator can remove it, with --system.</source>
        <translation>Das Profil „%1“ wird von Ihrer Organisation verwaltet: Nur ein Administrator kann es mit --system entfernen.</translation>
    </message>
    <message>
        <source>--system: the system-wide configuration cannot be changed here. Run the command as an administrator (root).</source>
        <translation>--system: Die systemweite Konfiguration kann hier nicht geändert werden. Führen Sie den Befehl als Administrator (root) aus.</translation>
    </message>
    <message>
        <source>The sign-in stored for &quot;%1&quot; could not be deleted: %2 Nothing was removed; try again.</source>
        <translation>Die für „%1“ gespeicherte Anmeldung konnte nicht gelöscht werden: %2 Es wurde nichts entfernt; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; could not be removed: the configuration file is not writable.</source>
        <translation>Das Profil „%1“ konnte nicht entfernt werden: Die Konfigurationsdatei ist nicht beschreibbar.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; removed.</source>
        <translation>Profil „%1“ entfernt.</translation>
    </message>
</context>
<context>
    <name>ConnectorBuilderDialog</name>
    <message>
        <source>&amp;Choose…</source>
        <translation>Aus&amp;wählen…</translation>
    </message>
    <message>
        <source>&amp;Build</source>
        <translation>&amp;Erstellen</translation>
    </message>
    <message>
        <source>&amp;Install into Power BI Desktop</source>
        <translation>In Power BI Desktop &amp;installieren</translation>
    </message>
    <message>
        <source>Build Power BI connector</source>
        <translation>Power-BI-Connector erstellen</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Connector name</source>
        <translation>Connector-Name</translation>
    </message>
    <message>
        <source>e.g. Contoso</source>
        <translation>z. B. Contoso</translation>
    </message>
    <message>
        <source>Connector name problem</source>
        <translation>Problem mit dem Connector-Namen</translation>
    </message>
    <message>
        <source>Output file</source>
        <translation>Ausgabedatei</translation>
    </message>
    <message>
        <source>Choose the output file</source>
        <translation>Ausgabedatei auswählen</translation>
    </message>
    <message>
        <source>Build the connector</source>
        <translation>Connector erstellen</translation>
    </message>
    <message>
        <source>Install the connector into Power BI Desktop</source>
        <translation>Connector in Power BI Desktop installieren</translation>
    </message>
    <message>
        <source>Power BI Desktop runs on Windows: build the .mez here and copy it to [Documents]\Power BI Desktop\Custom Connectors on the Windows machine.</source>
        <translation>Power BI Desktop läuft unter Windows: Erstellen Sie die .mez-Datei hier und kopieren Sie sie auf dem Windows-Rechner nach [Dokumente]\Power BI Desktop\Custom Connectors.</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Power BI Desktop security setting</source>
        <translation>Sicherheitseinstellung von Power BI Desktop</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil:</translation>
    </message>
    <message>
        <source>Connector &amp;name:</source>
        <translation>Connector-&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Output file:</source>
        <translation>&amp;Ausgabedatei:</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot name a connector. %2</source>
        <translation>„%1“ ist kein gültiger Connector-Name. %2</translation>
    </message>
    <message>
        <source>Save the connector</source>
        <translation>Connector speichern</translation>
    </message>
    <message>
        <source>Power BI connectors (*.mez)</source>
        <translation>Power-BI-Connectors (*.mez)</translation>
    </message>
    <message>
        <source>There is no profile &quot;%1&quot;.</source>
        <translation>Es gibt kein Profil „%1“.</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; needs an issuer and a client id first.</source>
        <translation>Das Profil „%1“ braucht zuerst einen Aussteller und eine Client-ID.</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
    <message>
        <source>Power BI Desktop runs on Windows: there is no Custom Connectors folder here.</source>
        <translation>Power BI Desktop läuft unter Windows: Hier gibt es keinen Ordner „Custom Connectors“.</translation>
    </message>
    <message>
        <source>Cannot create the folder &quot;%1&quot;.</source>
        <translation>Der Ordner „%1“ kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Installed %1</source>
        <translation>%1 installiert</translation>
    </message>
    <message>
        <source>Not built: %1</source>
        <translation>Nicht erstellt: %1</translation>
    </message>
</context>
<context>
    <name>ConnectorCommand</name>
    <message>
        <source>Build or install the Power BI custom connector (.mez) for a profile.</source>
        <translation>Den benutzerdefinierten Power BI-Connector (.mez) für ein Profil erstellen oder installieren.</translation>
    </message>
    <message>
        <source>The connector&apos;s data source kind, an M identifier (e.g. Contoso).</source>
        <translation>Die Datenquellenart des Connectors, ein M-Bezeichner (z. B. Contoso).</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>KIND</translation>
    </message>
    <message>
        <source>build: the .mez file (default ./KIND.mez). install: the folder (default: Power BI Desktop&apos;s Custom Connectors folder).</source>
        <translation>build: die .mez-Datei (Standard ./KIND.mez). install: der Ordner (Standard: der Ordner „Custom Connectors“ von Power BI Desktop).</translation>
    </message>
    <message>
        <source>path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>build: also write the M section document for review.</source>
        <translation>build: zusätzlich das M-Section-Dokument zur Prüfung schreiben.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>connector: say &quot;build&quot; or &quot;install&quot;.</source>
        <translation>connector: „build“ oder „install“ angeben.</translation>
    </message>
    <message>
        <source>Usage: %1 connector %2</source>
        <translation>Aufruf: %1 connector %2</translation>
    </message>
    <message>
        <source>connector: --name KIND is required.</source>
        <translation>connector: --name KIND ist erforderlich.</translation>
    </message>
    <message>
        <source>connector: &quot;%1&quot; cannot name a connector.</source>
        <translation>connector: „%1“ ist kein gültiger Connector-Name.</translation>
    </message>
    <message>
        <source>connector: --pq goes with &quot;build&quot;.</source>
        <translation>connector: --pq gehört zu „build“.</translation>
    </message>
    <message>
        <source>There is no profile &quot;%1&quot;. Create it with &quot;%2 configure&quot;.</source>
        <translation>Es gibt kein Profil „%1“. Legen Sie es mit „%2 configure“ an.</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; needs an issuer and a client id first.</source>
        <translation>Das Profil „%1“ braucht zuerst einen Aussteller und eine Client-ID.</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;.</source>
        <translation>„%1“ kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
    <message>
        <source>Power BI Desktop runs on Windows: there is no Custom Connectors folder here. Writing the connector to the current folder; copy it to [Documents]\Power BI Desktop\Custom Connectors on the Windows machine.</source>
        <translation>Power BI Desktop läuft unter Windows: Hier gibt es keinen Ordner „Custom Connectors“. Der Connector wird in den aktuellen Ordner geschrieben; kopieren Sie ihn auf dem Windows-Rechner nach [Dokumente]\Power BI Desktop\Custom Connectors.</translation>
    </message>
    <message>
        <source>Cannot create the folder &quot;%1&quot;.</source>
        <translation>Der Ordner „%1“ kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Installed %1</source>
        <translation>%1 installiert</translation>
    </message>
    <message>
        <source>Power BI Desktop loads an unsigned connector only when File &gt; Options and settings &gt; Options &gt; Security &gt; Data Extensions is set to &quot;Allow any extension to load without validation or warning&quot;. Restart Power BI Desktop to pick up the connector.</source>
        <translation>Power BI Desktop lädt einen unsignierten Connector nur, wenn unter Datei &gt; Optionen und Einstellungen &gt; Optionen &gt; Sicherheit &gt; Datenerweiterungen „Laden beliebiger Erweiterungen ohne Überprüfung oder Warnung zulassen“ eingestellt ist. Starten Sie Power BI Desktop neu, damit der Connector geladen wird.</translation>
    </message>
</context>
<context>
    <name>ConnectorDocument</name>
    <message>
        <source>A connector name starts with a letter or &quot;_&quot;, continues with letters, digits or &quot;_&quot; (at most %1 characters), and is not an M keyword such as &quot;let&quot;.</source>
        <translation>Ein Connector-Name beginnt mit einem Buchstaben oder „_“, enthält danach Buchstaben, Ziffern oder „_“ (höchstens %1 Zeichen) und ist kein M-Schlüsselwort wie „let“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot name a connector. %2</source>
        <translation>„%1“ ist kein gültiger Connector-Name. %2</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; has no client id.</source>
        <translation>Das Profil „%1“ hat keine Client-ID.</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; has no usable issuer.</source>
        <translation>Das Profil „%1“ hat keinen verwendbaren Aussteller.</translation>
    </message>
    <message>
        <source>The connector template is missing from this build.</source>
        <translation>Die Connector-Vorlage fehlt in diesem Build.</translation>
    </message>
    <message>
        <source>Connect to %1 with your organisation&apos;s sign-in</source>
        <translation>Mit der Anmeldung Ihrer Organisation mit %1 verbinden</translation>
    </message>
    <message>
        <source>The connector template uses an unknown value &quot;%1&quot;.</source>
        <translation>Die Connector-Vorlage verwendet einen unbekannten Wert „%1“.</translation>
    </message>
</context>
<context>
    <name>DiagnosticsCommand</name>
    <message>
        <source>Print a report for support (no tokens in it).</source>
        <translation>Einen Bericht für den Support ausgeben (ohne Tokens).</translation>
    </message>
    <message>
        <source>Report only this profile (default: every profile).</source>
        <translation>Nur dieses Profil berichten (Standard: alle Profile).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Write the report to this file instead of the output.</source>
        <translation>Den Bericht in diese Datei statt in die Ausgabe schreiben.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>--profile: there is no profile named &quot;%1&quot;. Run &quot;%2 profiles&quot; to list them.</source>
        <translation>--profile: Es gibt kein Profil namens „%1“. „%2 profiles“ listet sie auf.</translation>
    </message>
    <message>
        <source>--output: the report could not be written to %1: %2</source>
        <translation>--output: Der Bericht konnte nicht nach %1 geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Diagnostics written to %1.</source>
        <translation>Diagnose nach %1 geschrieben.</translation>
    </message>
</context>
<context>
    <name>DiagnosticsReport</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>%1 (in %2 s)</source>
        <translation>%1 (in %2 s)</translation>
    </message>
    <message>
        <source>%1 (%2 s ago)</source>
        <translation>%1 (vor %2 s)</translation>
    </message>
    <message>
        <source>Connector Sign-In diagnostics</source>
        <translation>Connector Sign-In – Diagnose</translation>
    </message>
    <message>
        <source>Generated %1. Tokens are never included; only their fingerprints (first 8 hex digits of SHA-256).</source>
        <translation>Erstellt am %1. Tokens sind nie enthalten, nur ihre Fingerabdrücke (die ersten 8 Hex-Ziffern von SHA-256).</translation>
    </message>
    <message>
        <source>Program and system</source>
        <translation>Programm und System</translation>
    </message>
    <message>
        <source>Settings files</source>
        <translation>Einstellungsdateien</translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation>Schlüsselbund</translation>
    </message>
    <message>
        <source>Logging</source>
        <translation>Protokollierung</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>No profile is configured.</source>
        <translation>Es ist kein Profil eingerichtet.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;</source>
        <translation>Profil „%1“</translation>
    </message>
    <message>
        <source>%1 (managed)</source>
        <translation>%1 (verwaltet)</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Audience</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Scopes</translation>
    </message>
    <message>
        <source>Redirect URI</source>
        <translation>Weiterleitungs-URI</translation>
    </message>
    <message>
        <source>Login window</source>
        <translation>Anmeldefenster</translation>
    </message>
    <message>
        <source>%1x%2%3</source>
        <translation>%1x%2%3</translation>
    </message>
    <message>
        <source> (managed)</source>
        <translation> (verwaltet)</translation>
    </message>
    <message>
        <source>Managed fields</source>
        <translation>Verwaltete Felder</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Sign-in server</source>
        <translation>Anmeldeserver</translation>
    </message>
    <message>
        <source>Not contacted: the profile has no valid issuer.</source>
        <translation>Nicht kontaktiert: Das Profil hat keinen gültigen Aussteller.</translation>
    </message>
    <message>
        <source>Discovery document</source>
        <translation>Discovery-Dokument</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>no answer after %1 ms: %2</source>
        <translation>keine Antwort nach %1 ms: %2</translation>
    </message>
    <message>
        <source>HTTP %1 in %2 ms</source>
        <translation>HTTP %1 in %2 ms</translation>
    </message>
    <message>
        <source>Issuer in document</source>
        <translation>Aussteller im Dokument</translation>
    </message>
    <message>
        <source>%1 (matches)</source>
        <translation>%1 (stimmt überein)</translation>
    </message>
    <message>
        <source>%1 (DOES NOT match the configured %2)</source>
        <translation>%1 (stimmt NICHT mit dem eingestellten %2 überein)</translation>
    </message>
    <message>
        <source>Document refused</source>
        <translation>Dokument abgelehnt</translation>
    </message>
    <message>
        <source>PKCE S256 offered</source>
        <translation>PKCE S256 angeboten</translation>
    </message>
    <message>
        <source>not listed (Auth0 supports it without saying so)</source>
        <translation>nicht aufgeführt (Auth0 unterstützt es, ohne es anzugeben)</translation>
    </message>
    <message>
        <source>offline_access offered</source>
        <translation>offline_access angeboten</translation>
    </message>
    <message>
        <source>not listed</source>
        <translation>nicht aufgeführt</translation>
    </message>
    <message>
        <source>Clock skew</source>
        <translation>Uhrzeitabweichung</translation>
    </message>
    <message>
        <source>unknown (the server sent no Date header)</source>
        <translation>unbekannt (der Server hat keinen Date-Header gesendet)</translation>
    </message>
    <message>
        <source>%1 s (server %2)</source>
        <translation>%1 s (Server %2)</translation>
    </message>
    <message>
        <source>ahead</source>
        <translation>vor</translation>
    </message>
    <message>
        <source>behind</source>
        <translation>nach</translation>
    </message>
    <message>
        <source>; WARNING: more than %1 s, sign-in may fail: set this computer&apos;s clock automatically</source>
        <translation>; WARNUNG: mehr als %1 s, die Anmeldung kann fehlschlagen: Stellen Sie die Uhr dieses Computers auf automatisch</translation>
    </message>
    <message>
        <source>Server date</source>
        <translation>Serverdatum</translation>
    </message>
    <message>
        <source>present</source>
        <translation>vorhanden</translation>
    </message>
    <message>
        <source>unavailable: %1</source>
        <translation>nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>could not be read</source>
        <translation>nicht lesbar</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>nicht vorhanden</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>Refresh token in keychain</source>
        <translation>Refresh-Token im Schlüsselbund</translation>
    </message>
    <message>
        <source>Refresh token fingerprint</source>
        <translation>Fingerabdruck des Refresh-Tokens</translation>
    </message>
    <message>
        <source>Access token expires</source>
        <translation>Zugriffstoken läuft ab</translation>
    </message>
    <message>
        <source>Scopes granted</source>
        <translation>Gewährte Scopes</translation>
    </message>
    <message>
        <source>Signed in user known</source>
        <translation>Angemeldeter Benutzer bekannt</translation>
    </message>
    <message>
        <source>Last refresh</source>
        <translation>Letzte Aktualisierung</translation>
    </message>
    <message>
        <source>Last refresh result</source>
        <translation>Ergebnis der letzten Aktualisierung</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
    <message>
        <source>Next refresh</source>
        <translation>Nächste Aktualisierung</translation>
    </message>
    <message>
        <source>Sign-in needed</source>
        <translation>Anmeldung erforderlich</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>Hinweis</translation>
    </message>
</context>
<context>
    <name>DiscoveryClient</name>
    <message>
        <source>The sign-in server&apos;s configuration could not be read (%1); using the standard Auth0 addresses.</source>
        <translation>Die Konfiguration des Anmeldeservers konnte nicht gelesen werden (%1); die Standard-Adressen von Auth0 werden verwendet.</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>keine Antwort in der vorgesehenen Zeit</translation>
    </message>
    <message>
        <source>the document is too large</source>
        <translation>das Dokument ist zu groß</translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation>HTTP-Status %1</translation>
    </message>
    <message>
        <source>the document is not JSON</source>
        <translation>das Dokument ist kein JSON</translation>
    </message>
</context>
<context>
    <name>DoctorCheck</name>
    <message>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>Discovery</source>
        <translation>Discovery</translation>
    </message>
    <message>
        <source>PKCE</source>
        <translation>PKCE</translation>
    </message>
    <message>
        <source>Client and redirect URI</source>
        <translation>Client und Weiterleitungs-URI</translation>
    </message>
    <message>
        <source>Refresh token</source>
        <translation>Refresh-Token</translation>
    </message>
    <message>
        <source>Rotation</source>
        <translation>Rotation</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Uhr</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Audience</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Lösung: %1</translation>
    </message>
</context>
<context>
    <name>DoctorCommand</name>
    <message>
        <source>Check the tenant and the profile and say what to fix.</source>
        <translation>Tenant und Profil prüfen und sagen, was zu korrigieren ist.</translation>
    </message>
    <message>
        <source>Sign in (opens the login window) when the profile is not signed in, to check the refresh token too.</source>
        <translation>Anmelden (öffnet das Anmeldefenster), wenn das Profil nicht angemeldet ist, um auch das Refresh-Token zu prüfen.</translation>
    </message>
    <message>
        <source>Checking profile &quot;%1&quot; (%2)</source>
        <translation>Profil „%1“ wird geprüft (%2)</translation>
    </message>
</context>
<context>
    <name>DoctorRunner</name>
    <message>
        <source>Not checked: the domain cannot be reached.</source>
        <translation>Nicht geprüft: Die Domain ist nicht erreichbar.</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>Connector Sign-In</source>
        <translation>Connector Sign-In</translation>
    </message>
    <message>
        <source>No connection is set up yet</source>
        <translation>Noch keine Verbindung eingerichtet</translation>
    </message>
    <message>
        <source>Enter your organisation&apos;s Auth0 tenant and client ID to let the Power BI connector sign you in. Your IT department can tell you both.</source>
        <translation>Geben Sie den Auth0-Tenant und die Client-ID Ihrer Organisation ein, damit der Power BI-Connector Sie anmelden kann. Ihre IT-Abteilung kennt beides.</translation>
    </message>
    <message>
        <source>&amp;Configure…</source>
        <translation>&amp;Einrichten…</translation>
    </message>
    <message>
        <source>Configure</source>
        <translation>Einrichten</translation>
    </message>
</context>
<context>
    <name>ErrorView</name>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>Fehlerdetails</translation>
    </message>
    <message>
        <source>Loads the sign-in page again</source>
        <translation>Lädt die Anmeldeseite neu</translation>
    </message>
</context>
<context>
    <name>EventLogDialog</name>
    <message>
        <source>Event log</source>
        <translation>Ereignisprotokoll</translation>
    </message>
    <message>
        <source>Recent events</source>
        <translation>Letzte Ereignisse</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy events</source>
        <translation>Ereignisse kopieren</translation>
    </message>
</context>
<context>
    <name>EventLogModel</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
</context>
<context>
    <name>IdTokenClaims</name>
    <message>
        <source>The ID token has no claims.</source>
        <translation>Das ID-Token enthält keine Claims.</translation>
    </message>
    <message>
        <source>The ID token&apos;s &quot;%1&quot; claim is not a string.</source>
        <translation>Der Claim „%1“ des ID-Tokens ist keine Zeichenkette.</translation>
    </message>
    <message>
        <source>The ID token&apos;s &quot;aud&quot; claim is neither a string nor a list of strings.</source>
        <translation>Der Claim „aud“ des ID-Tokens ist weder eine Zeichenkette noch eine Liste von Zeichenketten.</translation>
    </message>
    <message>
        <source>The ID token&apos;s &quot;exp&quot; or &quot;iat&quot; claim is not a number.</source>
        <translation>Der Claim „exp“ oder „iat“ des ID-Tokens ist keine Zahl.</translation>
    </message>
    <message>
        <source>The ID token is valid.</source>
        <translation>Das ID-Token ist gültig.</translation>
    </message>
    <message>
        <source>The server&apos;s ID token lacks required claims (iss, sub, aud, exp, iat).</source>
        <translation>Dem ID-Token des Servers fehlen erforderliche Claims (iss, sub, aud, exp, iat).</translation>
    </message>
    <message>
        <source>The ID token was issued by another server than the profile&apos;s issuer. Check the issuer in the profile.</source>
        <translation>Das ID-Token wurde von einem anderen Server als dem Aussteller des Profils ausgestellt. Prüfen Sie den Aussteller im Profil.</translation>
    </message>
    <message>
        <source>The ID token was issued for another application. Check the client ID in the profile.</source>
        <translation>Das ID-Token wurde für eine andere Anwendung ausgestellt. Prüfen Sie die Client-ID im Profil.</translation>
    </message>
    <message>
        <source>The ID token has already expired. Check that this computer&apos;s clock is correct, then sign in again.</source>
        <translation>Das ID-Token ist bereits abgelaufen. Prüfen Sie, ob die Uhr dieses Computers richtig geht, und melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The ID token was issued in the future. Check that this computer&apos;s clock is correct, then sign in again.</source>
        <translation>Das ID-Token wurde in der Zukunft ausgestellt. Prüfen Sie, ob die Uhr dieses Computers richtig geht, und melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The ID token does not belong to this sign-in attempt. Please sign in again.</source>
        <translation>Das ID-Token gehört nicht zu diesem Anmeldeversuch. Bitte melden Sie sich erneut an.</translation>
    </message>
</context>
<context>
    <name>Jwt</name>
    <message numerus="yes">
        <source>The token is not a signed JWT (it has %n part(s), not 3).</source>
        <translation>
            <numerusform>Das Token ist kein signiertes JWT (es hat %n Teil, nicht 3).</numerusform>
            <numerusform>Das Token ist kein signiertes JWT (es hat %n Teile, nicht 3).</numerusform>
        </translation>
    </message>
    <message>
        <source>The token has an empty header or payload.</source>
        <translation>Das Token hat einen leeren Header oder Payload.</translation>
    </message>
    <message>
        <source>The token is not valid base64url.</source>
        <translation>Das Token ist kein gültiges base64url.</translation>
    </message>
    <message>
        <source>The token&apos;s contents are not a JSON object.</source>
        <translation>Der Inhalt des Tokens ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>The token&apos;s header is empty.</source>
        <translation>Der Header des Tokens ist leer.</translation>
    </message>
</context>
<context>
    <name>KeychainResult</name>
    <message numerus="yes">
        <source>The keychain did not answer within %n second(s). It may be locked or waiting for a password prompt: unlock it and try again.</source>
        <translation>
            <numerusform>Der Schlüsselbund hat nicht innerhalb von %n Sekunde geantwortet. Er ist vielleicht gesperrt oder wartet auf eine Passworteingabe: Entsperren Sie ihn und versuchen Sie es erneut.</numerusform>
            <numerusform>Der Schlüsselbund hat nicht innerhalb von %n Sekunden geantwortet. Er ist vielleicht gesperrt oder wartet auf eine Passworteingabe: Entsperren Sie ihn und versuchen Sie es erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>The token is too large to store in the keychain (%1 bytes; at most %2 bytes fit). Nothing was stored.</source>
        <translation>Das Token ist zu groß für den Schlüsselbund (%1 Bytes; höchstens %2 Bytes passen). Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>There is no refresh token to store. Nothing was stored.</source>
        <translation>Es gibt kein Refresh-Token zum Speichern. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>The profile name is not valid: use letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos; (at most 64).</source>
        <translation>Der Profilname ist ungültig: Buchstaben, Ziffern, „.“, „_“ oder „-“ verwenden (höchstens 64).</translation>
    </message>
    <message>
        <source>No sign-in is stored for this profile. Sign in to continue.</source>
        <translation>Für dieses Profil ist keine Anmeldung gespeichert. Melden Sie sich an, um fortzufahren.</translation>
    </message>
    <message>
        <source>The keychain is locked or not available. Unlock it and try again.</source>
        <translation>Der Schlüsselbund ist gesperrt oder nicht verfügbar. Entsperren Sie ihn und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Access to the keychain was refused. Allow Connector Sign-In to use the keychain, then try again.</source>
        <translation>Der Zugriff auf den Schlüsselbund wurde verweigert. Erlauben Sie Connector Sign-In den Zugriff und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The keychain reported an error. Try again.</source>
        <translation>Der Schlüsselbund hat einen Fehler gemeldet. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The keychain reported an error: %1</source>
        <translation>Der Schlüsselbund hat einen Fehler gemeldet: %1</translation>
    </message>
</context>
<context>
    <name>LoadFailure</name>
    <message>
        <source>The sign-in page&apos;s certificate is not valid</source>
        <translation>Das Zertifikat der Anmeldeseite ist ungültig</translation>
    </message>
    <message>
        <source>The sign-in server was not found</source>
        <translation>Der Anmeldeserver wurde nicht gefunden</translation>
    </message>
    <message>
        <source>The sign-in page stopped unexpectedly</source>
        <translation>Die Anmeldeseite wurde unerwartet beendet</translation>
    </message>
    <message>
        <source>The sign-in page could not be loaded</source>
        <translation>Die Anmeldeseite konnte nicht geladen werden</translation>
    </message>
    <message>
        <source>The connection to %1 is not secure, so the sign-in page was not shown. Someone may be trying to intercept your sign-in. If this keeps happening, contact your IT support.</source>
        <translation>Die Verbindung zu %1 ist nicht sicher, daher wurde die Anmeldeseite nicht angezeigt. Möglicherweise versucht jemand, Ihre Anmeldung abzufangen. Wenn das wiederholt passiert, wenden Sie sich an Ihren IT-Support.</translation>
    </message>
    <message>
        <source>%1 could not be found. Check your internet connection and try again.</source>
        <translation>%1 wurde nicht gefunden. Prüfen Sie Ihre Internetverbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Try again. If this keeps happening, restart the program.</source>
        <translation>Versuchen Sie es erneut. Wenn das wiederholt passiert, starten Sie das Programm neu.</translation>
    </message>
    <message>
        <source>Could not connect to %1. Check your internet connection and try again.</source>
        <translation>Keine Verbindung zu %1. Prüfen Sie Ihre Internetverbindung und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>LoginOptions</name>
    <message>
        <source>Shows the sign-in page and prints the callback URL.</source>
        <translation>Zeigt die Anmeldeseite und gibt die Callback-URL aus.</translation>
    </message>
    <message>
        <source>The authorization URL to open.</source>
        <translation>Die zu öffnende Autorisierungs-URL.</translation>
    </message>
    <message>
        <source>The redirect URI to catch.</source>
        <translation>Die abzufangende Weiterleitungs-URI.</translation>
    </message>
    <message>
        <source>Window width.</source>
        <translation>Fensterbreite.</translation>
    </message>
    <message>
        <source>Window height.</source>
        <translation>Fensterhöhe.</translation>
    </message>
    <message>
        <source>The profile&apos;s label, shown in the title.</source>
        <translation>Die Bezeichnung des Profils, im Titel angezeigt.</translation>
    </message>
    <message>
        <source>Keep cookies in this folder (&quot;remember me&quot;).</source>
        <translation>Cookies in diesem Ordner behalten („Angemeldet bleiben“).</translation>
    </message>
    <message>
        <source>Unexpected argument.</source>
        <translation>Unerwartetes Argument.</translation>
    </message>
    <message>
        <source>--url must be an https URL (plain http only on loopback).</source>
        <translation>--url muss eine https-URL sein (reines http nur auf Loopback).</translation>
    </message>
    <message>
        <source>--redirect-uri must be an absolute URL.</source>
        <translation>--redirect-uri muss eine absolute URL sein.</translation>
    </message>
    <message>
        <source>--width and --height must be whole numbers between 200 and 10000.</source>
        <translation>--width und --height müssen ganze Zahlen zwischen 200 und 10000 sein.</translation>
    </message>
    <message>
        <source>--persistent-profile needs a folder.</source>
        <translation>--persistent-profile braucht einen Ordner.</translation>
    </message>
</context>
<context>
    <name>LoginProfile</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
</context>
<context>
    <name>LoginWindow</name>
    <message>
        <source>Sign-in page</source>
        <translation>Anmeldeseite</translation>
    </message>
    <message>
        <source>Loading progress</source>
        <translation>Ladefortschritt</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Sign in – %1</source>
        <translation>Anmelden – %1</translation>
    </message>
</context>
<context>
    <name>LoginWindowProcess</name>
    <message>
        <source>The login window could not be started (%1): %2</source>
        <translation>Das Anmeldefenster konnte nicht gestartet werden (%1): %2</translation>
    </message>
    <message>
        <source>The login window stopped unexpectedly (exit code %1).</source>
        <translation>Das Anmeldefenster wurde unerwartet beendet (Exit-Code %1).</translation>
    </message>
    <message>
        <source>The login window stopped unexpectedly: %1</source>
        <translation>Das Anmeldefenster wurde unerwartet beendet: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Connector Sign-In</source>
        <translation>Connector Sign-In</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Keep running in the tray when closed</source>
        <translation>Beim Schließen im &amp;Infobereich weiterlaufen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Support</source>
        <translation>&amp;Support</translation>
    </message>
    <message>
        <source>&amp;Token inspector…</source>
        <translation>&amp;Token-Inspektor…</translation>
    </message>
    <message>
        <source>&amp;Event log…</source>
        <translation>&amp;Ereignisprotokoll…</translation>
    </message>
    <message>
        <source>&amp;Copy diagnostics</source>
        <translation>Diagnose &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Save diagnostics…</source>
        <translation>Diagnose &amp;speichern…</translation>
    </message>
    <message>
        <source>There is no profile to inspect yet.</source>
        <translation>Es gibt noch kein Profil zum Untersuchen.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; saved.</source>
        <translation>Profil „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Profile saved</source>
        <translation>Profil gespeichert</translation>
    </message>
    <message>
        <source>Collecting diagnostics…</source>
        <translation>Diagnose wird erstellt…</translation>
    </message>
    <message>
        <source>Diagnostics copied to the clipboard. They contain no passwords or tokens.</source>
        <translation>Diagnose in die Zwischenablage kopiert. Sie enthält keine Passwörter oder Tokens.</translation>
    </message>
    <message>
        <source>Save diagnostics</source>
        <translation>Diagnose speichern</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Textdateien (*.txt)</translation>
    </message>
    <message>
        <source>Diagnostics saved to %1.</source>
        <translation>Diagnose unter %1 gespeichert.</translation>
    </message>
    <message>
        <source>Could not save diagnostics to %1: %2</source>
        <translation>Diagnose konnte nicht unter %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <source>&amp;Build Power BI connector…</source>
        <translation>&amp;Power-BI-Connector erstellen…</translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <source>Close this message</source>
        <translation>Diese Meldung schließen</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Meldung schließen</translation>
    </message>
    <message>
        <source>Message: %1</source>
        <translation>Meldung: %1</translation>
    </message>
</context>
<context>
    <name>MezPackage</name>
    <message>
        <source>The connector icons are missing from this build.</source>
        <translation>Die Connector-Symbole fehlen in diesem Build.</translation>
    </message>
    <message>
        <source>Cannot create &quot;%1&quot;.</source>
        <translation>„%1“ kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;.</source>
        <translation>„%1“ kann nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>PageInfoBar</name>
    <message>
        <source>Page title</source>
        <translation>Seitentitel</translation>
    </message>
    <message>
        <source>Secure connection</source>
        <translation>Sichere Verbindung</translation>
    </message>
    <message>
        <source>Not secure</source>
        <translation>Nicht sicher</translation>
    </message>
    <message>
        <source>Not secure: %1</source>
        <translation>Nicht sicher: %1</translation>
    </message>
    <message>
        <source>Connected securely to %1</source>
        <translation>Sicher verbunden mit %1</translation>
    </message>
    <message>
        <source>Connected without encryption to %1</source>
        <translation>Unverschlüsselt verbunden mit %1</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>Enter the Auth0 domain (for example tenant.eu.auth0.com) or the issuer URL.</source>
        <translation>Geben Sie die Auth0-Domain (zum Beispiel tenant.eu.auth0.com) oder die Aussteller-URL ein.</translation>
    </message>
    <message>
        <source>The issuer &quot;%1&quot; contains spaces. Enter only the domain, for example tenant.eu.auth0.com.</source>
        <translation>Der Aussteller „%1“ enthält Leerzeichen. Geben Sie nur die Domain ein, zum Beispiel tenant.eu.auth0.com.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid domain or URL. Enter the Auth0 domain, for example tenant.eu.auth0.com.</source>
        <translation>„%1“ ist keine gültige Domain oder URL. Geben Sie die Auth0-Domain ein, zum Beispiel tenant.eu.auth0.com.</translation>
    </message>
    <message>
        <source>The issuer must be an https:// address, not &quot;%1&quot;.</source>
        <translation>Der Aussteller muss eine https://-Adresse sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>The issuer must not contain a user name or password.</source>
        <translation>Der Aussteller darf keinen Benutzernamen und kein Passwort enthalten.</translation>
    </message>
    <message>
        <source>The issuer must not contain &quot;?&quot; or &quot;#&quot;. Enter only the domain, for example tenant.eu.auth0.com.</source>
        <translation>Der Aussteller darf kein „?“ oder „#“ enthalten. Geben Sie nur die Domain ein, zum Beispiel tenant.eu.auth0.com.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid host name.</source>
        <translation>„%1“ ist kein gültiger Hostname.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a complete domain. Enter the full Auth0 domain, for example tenant.eu.auth0.com.</source>
        <translation>„%1“ ist keine vollständige Domain. Geben Sie die vollständige Auth0-Domain ein, zum Beispiel tenant.eu.auth0.com.</translation>
    </message>
    <message>
        <source>Plain http:// is not allowed for &quot;%1&quot;: tokens would travel unencrypted. Use https://.</source>
        <translation>Reines http:// ist für „%1“ nicht erlaubt: Tokens würden unverschlüsselt übertragen. Verwenden Sie https://.</translation>
    </message>
    <message>
        <source>The profile has no name.</source>
        <translation>Das Profil hat keinen Namen.</translation>
    </message>
    <message>
        <source>The profile name &quot;%1&quot; must not contain &quot;/&quot; or &quot;\&quot;.</source>
        <translation>Der Profilname „%1“ darf kein „/“ oder „\“ enthalten.</translation>
    </message>
    <message>
        <source>No issuer is set. Enter the Auth0 domain, for example tenant.eu.auth0.com.</source>
        <translation>Kein Aussteller angegeben. Geben Sie die Auth0-Domain ein, zum Beispiel tenant.eu.auth0.com.</translation>
    </message>
    <message>
        <source>The issuer should be written as %1.</source>
        <translation>Der Aussteller sollte als %1 geschrieben werden.</translation>
    </message>
    <message>
        <source>No client ID is set. Copy it from the application&apos;s settings in the Auth0 dashboard.</source>
        <translation>Keine Client-ID angegeben. Kopieren Sie sie aus den Einstellungen der Anwendung im Auth0-Dashboard.</translation>
    </message>
    <message>
        <source>The client ID &quot;%1&quot; contains spaces. Copy it again from the Auth0 dashboard.</source>
        <translation>Die Client-ID „%1“ enthält Leerzeichen. Kopieren Sie sie erneut aus dem Auth0-Dashboard.</translation>
    </message>
    <message>
        <source>The scopes must include &quot;openid&quot;: without it the server does not sign anybody in with OpenID Connect.</source>
        <translation>Die Scopes müssen „openid“ enthalten: Ohne diesen meldet der Server niemanden mit OpenID Connect an.</translation>
    </message>
    <message>
        <source>The scopes must include &quot;offline_access&quot;: without it Auth0 issues no refresh token, and you would have to sign in again every time the access token expires.</source>
        <translation>Die Scopes müssen „offline_access“ enthalten: Ohne diesen stellt Auth0 kein Refresh-Token aus, und Sie müssten sich bei jedem Ablauf des Zugriffstokens neu anmelden.</translation>
    </message>
    <message>
        <source>The scope &quot;%1&quot; is not valid: scopes are single words separated by spaces.</source>
        <translation>Der Scope „%1“ ist ungültig: Scopes sind einzelne Wörter, durch Leerzeichen getrennt.</translation>
    </message>
    <message>
        <source>The redirect URI &quot;%1&quot; is not an absolute URL.</source>
        <translation>Die Weiterleitungs-URI „%1“ ist keine absolute URL.</translation>
    </message>
    <message>
        <source>The redirect URI must use https:// (plain http:// only on this computer, e.g. 127.0.0.1).</source>
        <translation>Die Weiterleitungs-URI muss https:// verwenden (reines http:// nur auf diesem Computer, z. B. 127.0.0.1).</translation>
    </message>
    <message>
        <source>The redirect URI must not contain &quot;#&quot; or a user name.</source>
        <translation>Die Weiterleitungs-URI darf kein „#“ und keinen Benutzernamen enthalten.</translation>
    </message>
    <message>
        <source>The login window size %1x%2 is not usable: use at least %3x%4 and at most %5 on each side.</source>
        <translation>Die Größe %1x%2 des Anmeldefensters ist nicht verwendbar: mindestens %3x%4 und höchstens %5 pro Seite.</translation>
    </message>
</context>
<context>
    <name>ProfileEditor</name>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;</source>
        <translation>Profil „%1“</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Tenant:</source>
        <translation>&amp;Tenant:</translation>
    </message>
    <message>
        <source>tenant.eu.auth0.com</source>
        <translation>tenant.eu.auth0.com</translation>
    </message>
    <message>
        <source>&amp;Client ID:</source>
        <translation>&amp;Client-ID:</translation>
    </message>
    <message>
        <source>&amp;Audience (optional):</source>
        <translation>&amp;Audience (optional):</translation>
    </message>
    <message>
        <source>https://api.example.com</source>
        <translation>https://api.example.com</translation>
    </message>
    <message>
        <source>&amp;Scopes:</source>
        <translation>&amp;Scopes:</translation>
    </message>
    <message>
        <source>&amp;Redirect URI:</source>
        <translation>&amp;Weiterleitungs-URI:</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Login window width</source>
        <translation>Breite des Anmeldefensters</translation>
    </message>
    <message>
        <source>Login window height</source>
        <translation>Höhe des Anmeldefensters</translation>
    </message>
    <message>
        <source>×</source>
        <translation>×</translation>
    </message>
    <message>
        <source>Login &amp;window size:</source>
        <translation>Größe des Anmelde&amp;fensters:</translation>
    </message>
    <message>
        <source>Set by your organisation</source>
        <translation>Von Ihrer Organisation festgelegt</translation>
    </message>
    <message>
        <source>Fields you cannot change are set by your organisation.</source>
        <translation>Felder, die Sie nicht ändern können, legt Ihre Organisation fest.</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Ergebnis des Verbindungstests</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Use 1 to 64 letters, digits, dots, dashes or underscores.</source>
        <translation>1 bis 64 Buchstaben, Ziffern, Punkte, Binde- oder Unterstriche verwenden.</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Verbindung wird getestet…</translation>
    </message>
</context>
<context>
    <name>ProfileStatus</name>
    <message>
        <source>Signed out</source>
        <translation>Abgemeldet</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>Sign-in needed</source>
        <translation>Anmeldung erforderlich</translation>
    </message>
    <message>
        <source>Keychain unavailable</source>
        <translation>Schlüsselbund nicht verfügbar</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Sign in to connect.</source>
        <translation>Melden Sie sich an, um zu verbinden.</translation>
    </message>
    <message>
        <source>The last refresh failed; it will be tried again. Your sign-in is kept.</source>
        <translation>Die letzte Aktualisierung ist fehlgeschlagen; sie wird wiederholt. Ihre Anmeldung bleibt erhalten.</translation>
    </message>
    <message>
        <source>Your sign-in expired. Sign in again.</source>
        <translation>Ihre Anmeldung ist abgelaufen. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The keychain is locked or not available. Unlock it and try again.</source>
        <translation>Der Schlüsselbund ist gesperrt oder nicht verfügbar. Entsperren Sie ihn und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>ProfileStatusPanel</name>
    <message>
        <source>succeeded</source>
        <translation>erfolgreich</translation>
    </message>
    <message>
        <source>refused by the server</source>
        <translation>vom Server abgelehnt</translation>
    </message>
    <message>
        <source>failed, will be retried</source>
        <translation>fehlgeschlagen, wird wiederholt</translation>
    </message>
    <message>
        <source>failed: configuration problem</source>
        <translation>fehlgeschlagen: Konfigurationsproblem</translation>
    </message>
    <message>
        <source>failed: keychain unavailable</source>
        <translation>fehlgeschlagen: Schlüsselbund nicht verfügbar</translation>
    </message>
    <message>
        <source>failed (%1)</source>
        <translation>fehlgeschlagen (%1)</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>&amp;Refresh now</source>
        <translation>Jetzt &amp;aktualisieren</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Ab&amp;melden</translation>
    </message>
    <message>
        <source>&amp;Edit profile…</source>
        <translation>Profil &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>Profile %1</source>
        <translation>Profil %1</translation>
    </message>
    <message>
        <source>Signed in as:</source>
        <translation>Angemeldet als:</translation>
    </message>
    <message>
        <source>Tenant:</source>
        <translation>Tenant:</translation>
    </message>
    <message>
        <source>Client ID:</source>
        <translation>Client-ID:</translation>
    </message>
    <message>
        <source>Scopes:</source>
        <translation>Scopes:</translation>
    </message>
    <message>
        <source>Audience:</source>
        <translation>Audience:</translation>
    </message>
    <message>
        <source>Access token expires:</source>
        <translation>Zugriffstoken läuft ab:</translation>
    </message>
    <message>
        <source>Refresh token:</source>
        <translation>Refresh-Token:</translation>
    </message>
    <message>
        <source>Last refresh:</source>
        <translation>Letzte Aktualisierung:</translation>
    </message>
    <message>
        <source>Next refresh:</source>
        <translation>Nächste Aktualisierung:</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Niemand</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Stored in the keychain</source>
        <translation>Im Schlüsselbund gespeichert</translation>
    </message>
    <message>
        <source>Stored in the keychain (fingerprint %1)</source>
        <translation>Im Schlüsselbund gespeichert (Fingerabdruck %1)</translation>
    </message>
    <message>
        <source>Unknown: the keychain did not answer</source>
        <translation>Unbekannt: Der Schlüsselbund hat nicht geantwortet</translation>
    </message>
    <message>
        <source>Not stored</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Noch nicht</translation>
    </message>
    <message>
        <source>Not scheduled</source>
        <translation>Nicht geplant</translation>
    </message>
    <message>
        <source>Show login &amp;window</source>
        <translation>Anmelde&amp;fenster zeigen</translation>
    </message>
    <message>
        <source>Show login window</source>
        <translation>Anmeldefenster zeigen</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Refresh now</source>
        <translation>Jetzt aktualisieren</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>&quot;%1&quot; is not a valid issuer.</source>
        <translation>„%1“ ist kein gültiger Aussteller.</translation>
    </message>
    <message>
        <source>The client ID is empty.</source>
        <translation>Die Client-ID ist leer.</translation>
    </message>
    <message>
        <source>The list of scopes is empty.</source>
        <translation>Die Liste der Scopes ist leer.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid redirect URI: it must be an https:// address (http:// only for this computer).</source>
        <translation>„%1“ ist keine gültige Weiterleitungs-URI: Sie muss eine https://-Adresse sein (http:// nur für diesen Computer).</translation>
    </message>
    <message>
        <source>The window size &quot;%1&quot; is not between %2 and %3 pixels.</source>
        <translation>Die Fenstergröße „%1“ liegt nicht zwischen %2 und %3 Pixeln.</translation>
    </message>
    <message>
        <source>Setting &quot;%1&quot; from your organization&apos;s configuration is not valid: %2 Ask your IT department to correct it.</source>
        <translation>Die Einstellung „%1“ aus der Konfiguration Ihrer Organisation ist ungültig: %2 Bitten Sie Ihre IT-Abteilung, sie zu korrigieren.</translation>
    </message>
    <message>
        <source>Setting &quot;%1&quot; is not valid: %2</source>
        <translation>Die Einstellung „%1“ ist ungültig: %2</translation>
    </message>
    <message>
        <source>The profile name is not valid: use 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>Der Profilname ist ungültig: 1 bis 64 Buchstaben, Ziffern, „.“, „_“ oder „-“ verwenden.</translation>
    </message>
    <message>
        <source>The profile cannot be saved: %1</source>
        <translation>Das Profil kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>These settings are managed by your organization and cannot be changed here: %1.</source>
        <translation>Diese Einstellungen werden von Ihrer Organisation verwaltet und können hier nicht geändert werden: %1.</translation>
    </message>
    <message>
        <source>The system-wide configuration could not be written to %1. It needs administrator (root) rights: run the command as an administrator.</source>
        <translation>Die systemweite Konfiguration konnte nicht nach %1 geschrieben werden. Dafür sind Administratorrechte (root) nötig: Führen Sie den Befehl als Administrator aus.</translation>
    </message>
    <message>
        <source>Your configuration could not be written to %1. Check that the folder exists and is writable.</source>
        <translation>Ihre Konfiguration konnte nicht nach %1 geschrieben werden. Prüfen Sie, ob der Ordner existiert und beschreibbar ist.</translation>
    </message>
</context>
<context>
    <name>ProfilesCommand</name>
    <message>
        <source>List the connection profiles.</source>
        <translation>Die Verbindungsprofile auflisten.</translation>
    </message>
    <message>
        <source>No profile is configured. Create one with &quot;%1 configure --profile default --domain TENANT.auth0.com --client-id ID&quot;.</source>
        <translation>Es ist kein Profil eingerichtet. Legen Sie eines an mit „%1 configure --profile default --domain TENANT.auth0.com --client-id ID“.</translation>
    </message>
    <message>
        <source>issuer:    %1</source>
        <translation>Aussteller: %1</translation>
    </message>
    <message>
        <source>client id: %1</source>
        <translation>Client-ID: %1</translation>
    </message>
    <message>
        <source>audience:  %1</source>
        <translation>Audience:  %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>managed:   %1</source>
        <translation>verwaltet: %1</translation>
    </message>
    <message>
        <source>problem:   %1</source>
        <translation>Problem:   %1</translation>
    </message>
</context>
<context>
    <name>ProviderEndpoints</name>
    <message>
        <source>The server&apos;s discovery document names the issuer &quot;%1&quot;, but the profile expects &quot;%2&quot;. Check the issuer in the profile (a trailing &quot;/&quot; matters).</source>
        <translation>Das Discovery-Dokument des Servers nennt den Aussteller „%1“, das Profil erwartet aber „%2“. Prüfen Sie den Aussteller im Profil (ein abschließendes „/“ zählt).</translation>
    </message>
    <message>
        <source>The server&apos;s discovery document has no &quot;%1&quot;.</source>
        <translation>Im Discovery-Dokument des Servers fehlt „%1“.</translation>
    </message>
    <message>
        <source>The server&apos;s discovery document gives &quot;%1&quot; as &quot;%2&quot;, which is not an https:// address.</source>
        <translation>Das Discovery-Dokument des Servers gibt für „%1“ den Wert „%2“ an, der keine https://-Adresse ist.</translation>
    </message>
    <message>
        <source>The server does not support PKCE with S256, which this program requires.</source>
        <translation>Der Server unterstützt PKCE mit S256 nicht, das dieses Programm voraussetzt.</translation>
    </message>
</context>
<context>
    <name>PurgeCommand</name>
    <message>
        <source>Forget every profile&apos;s stored sign-in for this user (used when uninstalling).</source>
        <translation>Die gespeicherte Anmeldung aller Profile dieses Benutzers vergessen (bei der Deinstallation).</translation>
    </message>
    <message>
        <source>The keychain is not available: %1</source>
        <translation>Der Schlüsselbund ist nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>Not purged: %1. Unlock the keychain and run &quot;%2 purge&quot; again.</source>
        <translation>Nicht bereinigt: %1. Entsperren Sie den Schlüsselbund und führen Sie „%2 purge“ erneut aus.</translation>
    </message>
    <message>
        <source>Nothing was stored.</source>
        <translation>Es war nichts gespeichert.</translation>
    </message>
    <message numerus="yes">
        <source>Forgot the stored sign-in of %n profile(s).</source>
        <translation>
            <numerusform>Gespeicherte Anmeldung von %n Profil vergessen.</numerusform>
            <numerusform>Gespeicherte Anmeldung von %n Profilen vergessen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RefreshCommand</name>
    <message>
        <source>Refresh the access token now.</source>
        <translation>Das Zugriffstoken jetzt aktualisieren.</translation>
    </message>
    <message>
        <source>Refreshed. The access token is valid until %1.</source>
        <translation>Aktualisiert. Das Zugriffstoken ist bis %1 gültig.</translation>
    </message>
</context>
<context>
    <name>RevocationClient</name>
    <message>
        <source>The sign-in server did not answer in time.</source>
        <translation>Der Anmeldeserver hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The sign-in server could not be reached: %1</source>
        <translation>Der Anmeldeserver ist nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>The sign-in server refused to revoke the token (%1).</source>
        <translation>Der Anmeldeserver hat den Widerruf des Tokens abgelehnt (%1).</translation>
    </message>
</context>
<context>
    <name>ServerChecks</name>
    <message>
        <source>The name %1 does not resolve (DNS): %2.</source>
        <translation>Der Name %1 lässt sich nicht auflösen (DNS): %2.</translation>
    </message>
    <message>
        <source>Check the spelling of the domain (Auth0: the application&apos;s &quot;Domain&quot; setting) and this computer&apos;s network or DNS.</source>
        <translation>Prüfen Sie die Schreibweise der Domain (Auth0: die Einstellung „Domain“ der Anwendung) sowie das Netzwerk oder DNS dieses Computers.</translation>
    </message>
    <message>
        <source>%1 resolves to %2 and answers over TLS.</source>
        <translation>%1 wird zu %2 aufgelöst und antwortet über TLS.</translation>
    </message>
    <message>
        <source>%1 answers (plain http, loopback only).</source>
        <translation>%1 antwortet (reines http, nur Loopback).</translation>
    </message>
    <message>
        <source>The TLS connection to %1 failed: %2.</source>
        <translation>Die TLS-Verbindung zu %1 ist fehlgeschlagen: %2.</translation>
    </message>
    <message>
        <source>The certificate is not trusted here. A proxy that inspects TLS needs its root certificate installed on this computer; otherwise check the computer&apos;s date and the domain.</source>
        <translation>Dem Zertifikat wird hier nicht vertraut. Ein Proxy, der TLS prüft, braucht sein Stammzertifikat auf diesem Computer; andernfalls prüfen Sie das Datum des Computers und die Domain.</translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1 hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>Check the network, the firewall and the proxy settings; try again later.</source>
        <translation>Prüfen Sie Netzwerk, Firewall und Proxy-Einstellungen; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>%1 refused the connection on port %2.</source>
        <translation>%1 hat die Verbindung auf Port %2 abgelehnt.</translation>
    </message>
    <message>
        <source>Check the issuer&apos;s address and port; a firewall may be blocking it.</source>
        <translation>Prüfen Sie Adresse und Port des Ausstellers; eine Firewall blockiert ihn möglicherweise.</translation>
    </message>
    <message>
        <source>%1 could not be reached: %2.</source>
        <translation>%1 ist nicht erreichbar: %2.</translation>
    </message>
    <message>
        <source>Check the network and the proxy settings; try again later.</source>
        <translation>Prüfen Sie Netzwerk und Proxy-Einstellungen; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 instead of the discovery document.</source>
        <translation>%1 hat mit HTTP %2 statt mit dem Discovery-Dokument geantwortet.</translation>
    </message>
    <message>
        <source>Check the issuer: for Auth0 it is https://&lt;your tenant domain&gt;/ (or your custom domain).</source>
        <translation>Prüfen Sie den Aussteller: Bei Auth0 ist das https://&lt;Ihre Tenant-Domain&gt;/ (oder Ihre eigene Domain).</translation>
    </message>
    <message>
        <source>%1 is not a JSON document.</source>
        <translation>%1 ist kein JSON-Dokument.</translation>
    </message>
    <message>
        <source>Check the issuer; a proxy or captive portal may answer in its place.</source>
        <translation>Prüfen Sie den Aussteller; möglicherweise antwortet ein Proxy oder Captive Portal an seiner Stelle.</translation>
    </message>
    <message>
        <source>The server calls itself &quot;%1&quot;, the profile says &quot;%2&quot;; they must match exactly, trailing slash included.</source>
        <translation>Der Server nennt sich „%1“, das Profil sagt „%2“; beide müssen genau übereinstimmen, einschließlich abschließendem Schrägstrich.</translation>
    </message>
    <message>
        <source>Set the issuer to %1.</source>
        <translation>Setzen Sie den Aussteller auf %1.</translation>
    </message>
    <message>
        <source>The discovery document cannot be used: %1</source>
        <translation>Das Discovery-Dokument ist nicht verwendbar: %1</translation>
    </message>
    <message>
        <source>Check the tenant&apos;s custom domain and proxy configuration.</source>
        <translation>Prüfen Sie die eigene Domain des Tenants und die Proxy-Konfiguration.</translation>
    </message>
    <message>
        <source>The discovery document is valid and its issuer matches the profile.</source>
        <translation>Das Discovery-Dokument ist gültig und sein Aussteller passt zum Profil.</translation>
    </message>
    <message>
        <source>Not checked: no usable discovery document.</source>
        <translation>Nicht geprüft: kein verwendbares Discovery-Dokument.</translation>
    </message>
    <message>
        <source>The server does not list its PKCE methods. Auth0 supports S256 but does not always say so, so this is usually fine.</source>
        <translation>Der Server nennt seine PKCE-Methoden nicht. Auth0 unterstützt S256, sagt das aber nicht immer; meist ist das in Ordnung.</translation>
    </message>
    <message>
        <source>Nothing to do for Auth0; another server must support S256.</source>
        <translation>Für Auth0 nichts zu tun; ein anderer Server muss S256 unterstützen.</translation>
    </message>
    <message>
        <source>S256 is offered.</source>
        <translation>S256 wird angeboten.</translation>
    </message>
    <message>
        <source>The server offers only &quot;%1&quot;, not S256.</source>
        <translation>Der Server bietet nur „%1“ an, nicht S256.</translation>
    </message>
    <message>
        <source>Sign-in needs PKCE with S256; check that the issuer is your Auth0 tenant.</source>
        <translation>Die Anmeldung braucht PKCE mit S256; prüfen Sie, ob der Aussteller Ihr Auth0-Tenant ist.</translation>
    </message>
    <message>
        <source>Not checked: the server sent no Date header.</source>
        <translation>Nicht geprüft: Der Server hat keinen Date-Header gesendet.</translation>
    </message>
    <message numerus="yes">
        <source>This computer&apos;s clock is %n second(s) behind the server&apos;s.</source>
        <translation>
            <numerusform>Die Uhr dieses Computers geht %n Sekunde hinter der des Servers.</numerusform>
            <numerusform>Die Uhr dieses Computers geht %n Sekunden hinter der des Servers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This computer&apos;s clock is %n second(s) ahead of the server&apos;s.</source>
        <translation>
            <numerusform>Die Uhr dieses Computers geht %n Sekunde vor gegenüber der des Servers.</numerusform>
            <numerusform>Die Uhr dieses Computers geht %n Sekunden vor gegenüber der des Servers.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tokens will look expired or not yet valid; fix the computer&apos;s clock (turn on automatic time).</source>
        <translation>Tokens erscheinen abgelaufen oder noch nicht gültig; stellen Sie die Uhr des Computers richtig (automatische Zeit einschalten).</translation>
    </message>
    <message>
        <source>Turn on automatic time on this computer before tokens start to look expired.</source>
        <translation>Schalten Sie auf diesem Computer die automatische Zeit ein, bevor Tokens abgelaufen erscheinen.</translation>
    </message>
    <message numerus="yes">
        <source>The clocks agree (within %n second(s)).</source>
        <translation>
            <numerusform>Die Uhren stimmen überein (auf %n Sekunde genau).</numerusform>
            <numerusform>Die Uhren stimmen überein (auf %n Sekunden genau).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServerProbe</name>
    <message>
        <source>The server answered HTTP %1.</source>
        <translation>Der Server hat mit HTTP %1 geantwortet.</translation>
    </message>
    <message>
        <source>The answer is not a JSON document.</source>
        <translation>Die Antwort ist kein JSON-Dokument.</translation>
    </message>
</context>
<context>
    <name>SessionChecks</name>
    <message>
        <source>Signed in: a refresh token is stored in the keychain.</source>
        <translation>Angemeldet: Ein Refresh-Token ist im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>Not checked: this profile is not signed in.</source>
        <translation>Nicht geprüft: Dieses Profil ist nicht angemeldet.</translation>
    </message>
    <message>
        <source>Sign in first or pass --sign-in.</source>
        <translation>Melden Sie sich zuerst an oder verwenden Sie --sign-in.</translation>
    </message>
    <message>
        <source>The keychain could not be read: %1</source>
        <translation>Der Schlüsselbund konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Unlock the keychain (log in to the desktop session) and run the doctor again.</source>
        <translation>Entsperren Sie den Schlüsselbund (an der Desktop-Sitzung anmelden) und führen Sie den Doctor erneut aus.</translation>
    </message>
    <message>
        <source>Signed in: the tenant issued a refresh token.</source>
        <translation>Angemeldet: Der Tenant hat ein Refresh-Token ausgestellt.</translation>
    </message>
    <message>
        <source>The sign-in worked but the tenant issued no refresh token, so people would have to sign in again every hour.</source>
        <translation>Die Anmeldung hat funktioniert, aber der Tenant hat kein Refresh-Token ausgestellt; man müsste sich also jede Stunde neu anmelden.</translation>
    </message>
    <message>
        <source>Enable &quot;Allow Offline Access&quot; on the API in Auth0 and request offline_access (the profile&apos;s scopes).</source>
        <translation>Aktivieren Sie „Allow Offline Access“ für die API in Auth0 und fordern Sie offline_access an (die Scopes des Profils).</translation>
    </message>
    <message>
        <source>Not checked: the sign-in was cancelled.</source>
        <translation>Nicht geprüft: Die Anmeldung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The sign-in failed: %1</source>
        <translation>Die Anmeldung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Not checked: the tenant refuses the sign-in request (see above).</source>
        <translation>Nicht geprüft: Der Tenant lehnt die Anmeldeanfrage ab (siehe oben).</translation>
    </message>
    <message>
        <source>Fix the client id or redirect URI first.</source>
        <translation>Korrigieren Sie zuerst die Client-ID oder die Weiterleitungs-URI.</translation>
    </message>
    <message>
        <source>The refresh failed: %1</source>
        <translation>Die Aktualisierung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Not checked: the refresh token could not be read back from the keychain.</source>
        <translation>Nicht geprüft: Das Refresh-Token konnte nicht aus dem Schlüsselbund zurückgelesen werden.</translation>
    </message>
    <message>
        <source>Rotation on: the refresh gave a new refresh token (%1 → %2).</source>
        <translation>Rotation an: Die Aktualisierung lieferte ein neues Refresh-Token (%1 → %2).</translation>
    </message>
    <message>
        <source>Rotation off: the refresh kept the same refresh token (%1), so a stolen one stays usable until it expires.</source>
        <translation>Rotation aus: Die Aktualisierung behielt dasselbe Refresh-Token (%1), ein gestohlenes bleibt also bis zum Ablauf verwendbar.</translation>
    </message>
    <message>
        <source>Turn on &quot;Refresh Token Rotation&quot; in the application&apos;s settings in Auth0.</source>
        <translation>Schalten Sie „Refresh Token Rotation“ in den Einstellungen der Anwendung in Auth0 ein.</translation>
    </message>
    <message>
        <source>Not checked: no access token at hand.</source>
        <translation>Nicht geprüft: kein Zugriffstoken zur Hand.</translation>
    </message>
    <message>
        <source>Not checked: the access token is not a JWT (no audience requested?).</source>
        <translation>Nicht geprüft: Das Zugriffstoken ist kein JWT (keine Audience angefordert?).</translation>
    </message>
    <message>
        <source>Set the profile&apos;s audience to the API identifier in Auth0.</source>
        <translation>Setzen Sie die Audience des Profils auf die API-Kennung in Auth0.</translation>
    </message>
    <message>
        <source>Not checked: the profile asks for no audience (the token is for &quot;%1&quot;).</source>
        <translation>Nicht geprüft: Das Profil fordert keine Audience an (das Token ist für „%1“).</translation>
    </message>
    <message>
        <source>The access token is for &quot;%1&quot;, as the profile asks.</source>
        <translation>Das Zugriffstoken ist für „%1“, wie vom Profil verlangt.</translation>
    </message>
    <message>
        <source>The access token is for &quot;%1&quot;, but the profile asks for &quot;%2&quot;.</source>
        <translation>Das Zugriffstoken ist für „%1“, das Profil verlangt aber „%2“.</translation>
    </message>
    <message>
        <source>Request audience=%1 (sign in again after changing it) and check the API identifier in Auth0.</source>
        <translation>Fordern Sie audience=%1 an (danach neu anmelden) und prüfen Sie die API-Kennung in Auth0.</translation>
    </message>
    <message>
        <source>Not checked: no signed-in session.</source>
        <translation>Nicht geprüft: keine angemeldete Sitzung.</translation>
    </message>
    <message>
        <source>Not checked here: this check uses the stored sign-in.</source>
        <translation>Hier nicht geprüft: Diese Prüfung verwendet die gespeicherte Anmeldung.</translation>
    </message>
    <message>
        <source>Save the profile, sign in, then run &quot;connector-signin doctor&quot;.</source>
        <translation>Speichern Sie das Profil, melden Sie sich an und führen Sie dann „connector-signin doctor“ aus.</translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <source>&quot;%1&quot; cannot sign in yet: %2</source>
        <translation>„%1“ kann sich noch nicht anmelden: %2</translation>
    </message>
    <message>
        <source>Waiting for you to sign in in the login window…</source>
        <translation>Warten auf Ihre Anmeldung im Anmeldefenster…</translation>
    </message>
    <message>
        <source>Sign-in started</source>
        <translation>Anmeldung gestartet</translation>
    </message>
    <message>
        <source>Signing out…</source>
        <translation>Abmelden…</translation>
    </message>
    <message>
        <source>Signed out.</source>
        <translation>Abgemeldet.</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>Aktualisieren…</translation>
    </message>
    <message>
        <source>Refreshed: the connection is good.</source>
        <translation>Aktualisiert: Die Verbindung ist in Ordnung.</translation>
    </message>
    <message>
        <source>Refreshing failed.</source>
        <translation>Aktualisierung fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Signed in.</source>
        <translation>Angemeldet.</translation>
    </message>
    <message>
        <source>Sign-in cancelled: the login window was closed.</source>
        <translation>Anmeldung abgebrochen: Das Anmeldefenster wurde geschlossen.</translation>
    </message>
    <message>
        <source>Sign-in failed.</source>
        <translation>Anmeldung fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>SignInCommand</name>
    <message>
        <source>Open the login window and sign in.</source>
        <translation>Öffnen Sie das Anmeldefenster und melden Sie sich an.</translation>
    </message>
</context>
<context>
    <name>SignInFlow</name>
    <message>
        <source>A sign-in window for &quot;%1&quot; is already open. Finish or close it first.</source>
        <translation>Ein Anmeldefenster für „%1“ ist bereits geöffnet. Schließen Sie zuerst die Anmeldung dort ab oder schließen Sie es.</translation>
    </message>
    <message>
        <source>Sign-in cancelled.</source>
        <translation>Anmeldung abgebrochen.</translation>
    </message>
    <message>
        <source>The sign-in could not be completed: %1</source>
        <translation>Die Anmeldung konnte nicht abgeschlossen werden: %1</translation>
    </message>
    <message>
        <source>The tenant issued no refresh token, so you would have to sign in again every hour. Ask your administrator to enable &quot;Allow Offline Access&quot; on the API and to allow the offline_access scope for this application.</source>
        <translation>Der Tenant hat kein Refresh-Token ausgestellt; Sie müssten sich also jede Stunde neu anmelden. Bitten Sie Ihren Administrator, „Allow Offline Access“ für die API zu aktivieren und den Scope offline_access für diese Anwendung zu erlauben.</translation>
    </message>
    <message>
        <source>Signed in.</source>
        <translation>Angemeldet.</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Angemeldet als %1.</translation>
    </message>
</context>
<context>
    <name>SignOut</name>
    <message>
        <source>You were not signed in to &quot;%1&quot;.</source>
        <translation>Sie waren bei „%1“ nicht angemeldet.</translation>
    </message>
    <message>
        <source>Signed out of &quot;%1&quot;.</source>
        <translation>Von „%1“ abgemeldet.</translation>
    </message>
    <message>
        <source>Signed out on this computer. The sign-in server could not be told (%1); the sign-in there ends when it expires.</source>
        <translation>Auf diesem Computer abgemeldet. Der Anmeldeserver konnte nicht benachrichtigt werden (%1); die Anmeldung dort endet mit ihrem Ablauf.</translation>
    </message>
</context>
<context>
    <name>SignOutCommand</name>
    <message>
        <source>Sign out: revoke the sign-in at the server and forget it here.</source>
        <translation>Abmelden: die Anmeldung beim Server widerrufen und hier vergessen.</translation>
    </message>
</context>
<context>
    <name>StatePill</name>
    <message>
        <source>State: %1</source>
        <translation>Status: %1</translation>
    </message>
</context>
<context>
    <name>StatusCommand</name>
    <message>
        <source>Show the sign-in state of every profile (or of one).</source>
        <translation>Den Anmeldestatus aller Profile (oder eines Profils) anzeigen.</translation>
    </message>
    <message>
        <source>No profile is configured. Create one with &quot;connector-signin configure&quot;.</source>
        <translation>Es ist kein Profil eingerichtet. Legen Sie eines an mit „connector-signin configure“.</translation>
    </message>
</context>
<context>
    <name>SystemInfo</name>
    <message>
        <source>%1 (not present)</source>
        <translation>%1 (nicht vorhanden)</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programm</translation>
    </message>
    <message>
        <source>Qt</source>
        <translation>Qt</translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <translation>%1 (erstellt mit %2)</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Betriebssystem</translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation>Kernel</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Architektur</translation>
    </message>
    <message>
        <source>%1 (build ABI %2)</source>
        <translation>%1 (Build-ABI %2)</translation>
    </message>
    <message>
        <source>Locale</source>
        <translation>Gebietsschema</translation>
    </message>
    <message>
        <source>%1; languages %2</source>
        <translation>%1; Sprachen %2</translation>
    </message>
    <message>
        <source>Time zone offset</source>
        <translation>Zeitzonenabweichung</translation>
    </message>
    <message>
        <source>%1 s from UTC</source>
        <translation>%1 s gegenüber UTC</translation>
    </message>
    <message>
        <source>Profiles, user</source>
        <translation>Profile, Benutzer</translation>
    </message>
    <message>
        <source>Profiles, system (managed)</source>
        <translation>Profile, System (verwaltet)</translation>
    </message>
    <message>
        <source>Session state</source>
        <translation>Sitzungsstatus</translation>
    </message>
    <message>
        <source>Discovery cache</source>
        <translation>Discovery-Cache</translation>
    </message>
    <message>
        <source>Lock files</source>
        <translation>Sperrdateien</translation>
    </message>
    <message>
        <source>Windows Credential Manager</source>
        <translation>Windows-Anmeldeinformationsverwaltung</translation>
    </message>
    <message>
        <source>macOS Keychain</source>
        <translation>macOS-Schlüsselbund</translation>
    </message>
    <message>
        <source>Secret Service (org.freedesktop.secrets) on the session D-Bus</source>
        <translation>Secret Service (org.freedesktop.secrets) auf dem Sitzungs-D-Bus</translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation>Schlüsselbund</translation>
    </message>
    <message>
        <source>%1, through QtKeychain; no plain-text fallback</source>
        <translation>%1, über QtKeychain; kein Klartext-Ersatz</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
    <message>
        <source> (with credentials, not shown)</source>
        <translation> (mit Zugangsdaten, nicht angezeigt)</translation>
    </message>
    <message>
        <source>Proxy for %1</source>
        <translation>Proxy für %1</translation>
    </message>
</context>
<context>
    <name>TimeText</name>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <source>expired %1 ago</source>
        <translation>abgelaufen vor %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>TokenClient</name>
    <message>
        <source>The sign-in server refused the request (%1).</source>
        <translation>Der Anmeldeserver hat die Anfrage abgelehnt (%1).</translation>
    </message>
    <message>
        <source>The sign-in server did not answer in time.</source>
        <translation>Der Anmeldeserver hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The sign-in server could not be reached.</source>
        <translation>Der Anmeldeserver ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>The sign-in server sent an answer that could not be read.</source>
        <translation>Der Anmeldeserver hat eine unlesbare Antwort gesendet.</translation>
    </message>
    <message>
        <source>The sign-in server had a temporary problem.</source>
        <translation>Der Anmeldeserver hatte ein vorübergehendes Problem.</translation>
    </message>
    <message>
        <source>The sign-in server is busy (too many requests).</source>
        <translation>Der Anmeldeserver ist ausgelastet (zu viele Anfragen).</translation>
    </message>
    <message>
        <source>The token endpoint redirected the request; check the issuer in the profile.</source>
        <translation>Der Token-Endpunkt hat die Anfrage umgeleitet; prüfen Sie den Aussteller im Profil.</translation>
    </message>
    <message>
        <source>The sign-in request failed (%1).</source>
        <translation>Die Anmeldeanfrage ist fehlgeschlagen (%1).</translation>
    </message>
</context>
<context>
    <name>TokenCommand</name>
    <message>
        <source>Print a valid access token, refreshing it if needed.</source>
        <translation>Ein gültiges Zugriffstoken ausgeben, bei Bedarf vorher aktualisieren.</translation>
    </message>
    <message>
        <source>Refresh when the token is valid for less than this many seconds (default %1).</source>
        <translation>Aktualisieren, wenn das Token weniger als so viele Sekunden gültig ist (Standard %1).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>--min-valid takes a number of seconds from 0 to 86400, not &quot;%1&quot;.</source>
        <translation>--min-valid erwartet eine Zahl von Sekunden zwischen 0 und 86400, nicht „%1“.</translation>
    </message>
</context>
<context>
    <name>TokenInspection</name>
    <message>
        <source>(not in the token)</source>
        <translation>(nicht im Token)</translation>
    </message>
    <message>
        <source>%1 (UTC %2)</source>
        <translation>%1 (UTC %2)</translation>
    </message>
    <message>
        <source>Subject (from sign-in)</source>
        <translation>Subjekt (aus der Anmeldung)</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(unbekannt)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Zugriffstoken</translation>
    </message>
    <message>
        <source>None in this program&apos;s memory yet: sign in or refresh first.</source>
        <translation>Noch keines im Speicher dieses Programms: Melden Sie sich zuerst an oder aktualisieren Sie.</translation>
    </message>
    <message>
        <source>Opaque (not a JWT): it has no claims to show. Set an audience to get a JWT.</source>
        <translation>Opak (kein JWT): Es hat keine Claims zum Anzeigen. Legen Sie eine Audience fest, um ein JWT zu erhalten.</translation>
    </message>
    <message>
        <source>JWT (signature not shown)</source>
        <translation>JWT (Signatur nicht angezeigt)</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Audience</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subjekt</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Scopes</translation>
    </message>
    <message>
        <source>Authorized party</source>
        <translation>Autorisierte Partei</translation>
    </message>
    <message>
        <source>Issued at</source>
        <translation>Ausgestellt am</translation>
    </message>
    <message>
        <source>Expires at</source>
        <translation>Läuft ab am</translation>
    </message>
</context>
<context>
    <name>TokenInspectorDialog</name>
    <message>
        <source>Token inspector — %1</source>
        <translation>Token-Inspektor – %1</translation>
    </message>
    <message>
        <source>Token claims</source>
        <translation>Token-Claims</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Claim</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>TokenRefresher</name>
    <message>
        <source>Another program is refreshing this sign-in and has not finished. Try again in a minute.</source>
        <translation>Ein anderes Programm aktualisiert diese Anmeldung gerade und ist noch nicht fertig. Versuchen Sie es in einer Minute erneut.</translation>
    </message>
    <message>
        <source>You are not signed in to &quot;%1&quot;. Sign in first.</source>
        <translation>Sie sind bei „%1“ nicht angemeldet. Melden Sie sich zuerst an.</translation>
    </message>
    <message>
        <source>Your sign-in has expired or was revoked (%1). Sign in again.</source>
        <translation>Ihre Anmeldung ist abgelaufen oder wurde widerrufen (%1). Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The tenant refused this program&apos;s request (%1: %2). Check the profile&apos;s client id and tenant.</source>
        <translation>Der Tenant hat die Anfrage dieses Programms abgelehnt (%1: %2). Prüfen Sie Client-ID und Tenant des Profils.</translation>
    </message>
    <message>
        <source>Could not reach the sign-in server (%1). Your sign-in is kept; it will be tried again.</source>
        <translation>Der Anmeldeserver war nicht erreichbar (%1). Ihre Anmeldung bleibt erhalten; es wird erneut versucht.</translation>
    </message>
    <message>
        <source>The renewed sign-in could not be saved in the keychain (%1). Sign in again.</source>
        <translation>Die erneuerte Anmeldung konnte nicht im Schlüsselbund gespeichert werden (%1). Melden Sie sich erneut an.</translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <source>&amp;Open Connector Sign-In</source>
        <translation>Connector Sign-In &amp;öffnen</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>&amp;Refresh now</source>
        <translation>Jetzt &amp;aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Connector Sign-In</source>
        <translation>Connector Sign-In</translation>
    </message>
    <message>
        <source>Connector Sign-In — %1: %2</source>
        <translation>Connector Sign-In – %1: %2</translation>
    </message>
    <message>
        <source>Connector Sign-In — not set up</source>
        <translation>Connector Sign-In – nicht eingerichtet</translation>
    </message>
    <message>
        <source>Sign-in needed</source>
        <translation>Anmeldung erforderlich</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs you to sign in again. Open Connector Sign-In to do it.</source>
        <translation>„%1“ erfordert eine neue Anmeldung. Öffnen Sie Connector Sign-In, um sich anzumelden.</translation>
    </message>
</context>
</TS>
