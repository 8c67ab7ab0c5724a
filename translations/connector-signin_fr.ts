<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AuthorizeCheck</name>
    <message>
        <source>The tenant does not know the client id &quot;%1&quot; (unknown client): %2</source>
        <translation>Le locataire ne connaît pas l&apos;ID client « %1 » (client inconnu) : %2</translation>
    </message>
    <message>
        <source>Copy the Client ID from the application&apos;s settings in the Auth0 dashboard into the profile.</source>
        <translation>Copiez l&apos;ID client depuis les paramètres de l&apos;application dans le tableau de bord Auth0 vers le profil.</translation>
    </message>
    <message>
        <source>The tenant refuses the redirect URI %1 (callback URL mismatch): %2</source>
        <translation>Le locataire refuse l&apos;URI de redirection %1 (URL de rappel non autorisée) : %2</translation>
    </message>
    <message>
        <source>Add %1 to the application&apos;s &quot;Allowed Callback URLs&quot; in Auth0, or correct the profile&apos;s redirect URI.</source>
        <translation>Ajoutez %1 aux « Allowed Callback URLs » de l&apos;application dans Auth0, ou corrigez l&apos;URI de redirection du profil.</translation>
    </message>
    <message>
        <source>The tenant refuses the sign-in request: %1</source>
        <translation>Le locataire refuse la demande de connexion : %1</translation>
    </message>
    <message>
        <source>Check the application in Auth0: it must be a &quot;Native&quot; application with the Authorization Code grant enabled.</source>
        <translation>Vérifiez l&apos;application dans Auth0 : ce doit être une application « Native » avec l&apos;octroi Authorization Code activé.</translation>
    </message>
    <message>
        <source>The authorize endpoint did not answer: %1</source>
        <translation>Le point de terminaison d&apos;autorisation n&apos;a pas répondu : %1</translation>
    </message>
    <message>
        <source>timeout</source>
        <translation>délai dépassé</translation>
    </message>
    <message>
        <source>Check the network and try again.</source>
        <translation>Vérifiez le réseau et réessayez.</translation>
    </message>
    <message>
        <source>The tenant accepts the client id and the redirect URI (it leads to its login page).</source>
        <translation>Le locataire accepte l&apos;ID client et l&apos;URI de redirection (sa page de connexion s&apos;ouvre).</translation>
    </message>
    <message>
        <source>The tenant accepts the client id and the redirect URI (HTTP %1).</source>
        <translation>Le locataire accepte l&apos;ID client et l&apos;URI de redirection (HTTP %1).</translation>
    </message>
</context>
<context>
    <name>Callback</name>
    <message>
        <source>Signed in; finishing the sign-in.</source>
        <translation>Connecté ; finalisation de la connexion.</translation>
    </message>
    <message>
        <source>Sign-in was cancelled or access was denied.</source>
        <translation>La connexion a été annulée ou l&apos;accès a été refusé.</translation>
    </message>
    <message>
        <source>The sign-in server refused the sign-in (%1).</source>
        <translation>Le serveur de connexion a refusé la connexion (%1).</translation>
    </message>
    <message>
        <source>The sign-in server refused the sign-in: %1 (%2)</source>
        <translation>Le serveur de connexion a refusé la connexion : %1 (%2)</translation>
    </message>
    <message>
        <source>The sign-in page went to an unexpected address. Check the redirect URI in the profile and in the Auth0 application.</source>
        <translation>La page de connexion a redirigé vers une adresse inattendue. Vérifiez l&apos;URI de redirection dans le profil et dans l&apos;application Auth0.</translation>
    </message>
    <message>
        <source>The sign-in response did not belong to this sign-in attempt and was ignored. Please sign in again.</source>
        <translation>La réponse ne correspondait pas à cette tentative de connexion et a été ignorée. Veuillez vous reconnecter.</translation>
    </message>
    <message>
        <source>The sign-in server sent an incomplete or malformed response. Please sign in again.</source>
        <translation>Le serveur de connexion a envoyé une réponse incomplète ou mal formée. Veuillez vous reconnecter.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Usage: %1 %2 %3</source>
        <translation>Utilisation : %1 %2 %3</translation>
    </message>
    <message>
        <source>%1: unexpected argument &quot;%2&quot;</source>
        <translation>%1 : argument inattendu « %2 »</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Commande inconnue « %1 ».</translation>
    </message>
    <message>
        <source>Usage: %1 [command] [options]</source>
        <translation>Utilisation : %1 [commande] [options]</translation>
    </message>
    <message>
        <source>Without a command, opens the main window.</source>
        <translation>Sans commande, ouvre la fenêtre principale.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes :</translation>
    </message>
    <message>
        <source>Run &quot;%1 &lt;command&gt; --help&quot; for the options of a command.</source>
        <translation>Lancez « %1 &lt;commande&gt; --help » pour les options d&apos;une commande.</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 2 usage or configuration error, 3 sign-in required, 4 keychain unavailable or locked, 5 network or server error, 6 sign-in cancelled.</source>
        <translation>Codes de sortie : 0 succès, 2 erreur d&apos;utilisation ou de configuration, 3 connexion requise, 4 trousseau indisponible ou verrouillé, 5 erreur réseau ou serveur, 6 connexion annulée.</translation>
    </message>
    <message>
        <source>Unknown profile &quot;%1&quot;.</source>
        <translation>Profil inconnu « %1 ».</translation>
    </message>
    <message>
        <source>No profile is configured. Create one with: connector-signin configure --profile %1 --domain TENANT.auth0.com --client-id CLIENT_ID</source>
        <translation>Aucun profil n&apos;est configuré. Créez-en un avec : connector-signin configure --profile %1 --domain TENANT.auth0.com --client-id CLIENT_ID</translation>
    </message>
    <message>
        <source>Known profiles: %1</source>
        <translation>Profils existants : %1</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; cannot be used:</source>
        <translation>Le profil « %1 » ne peut pas être utilisé :</translation>
    </message>
    <message>
        <source>The window program could not be started (%1): %2</source>
        <translation>La fenêtre d&apos;état n&apos;a pas pu démarrer (%1) : %2</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>The connection profile to use (default: &quot;%1&quot;).</source>
        <translation>Le profil de connexion à utiliser (par défaut : « %1 »).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>Print JSON for scripts.</source>
        <translation>Afficher du JSON pour les scripts.</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Profile %1: %2</source>
        <translation>Profil %1 : %2</translation>
    </message>
    <message>
        <source>Tenant: %1</source>
        <translation>Locataire : %1</translation>
    </message>
    <message>
        <source>Client: %1</source>
        <translation>Client : %1</translation>
    </message>
    <message>
        <source>User: %1 &lt;%2&gt;</source>
        <translation>Utilisateur : %1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Access token expires: %1</source>
        <translation>Expiration du jeton d&apos;accès : %1</translation>
    </message>
    <message>
        <source>Refresh token: stored (fingerprint %1)</source>
        <translation>Jeton d&apos;actualisation : enregistré (empreinte %1)</translation>
    </message>
    <message>
        <source>Next refresh: %1</source>
        <translation>Prochaine actualisation : %1</translation>
    </message>
    <message>
        <source>Last refresh: %1 (%2)</source>
        <translation>Dernière actualisation : %1 (%2)</translation>
    </message>
</context>
<context>
    <name>ConfigureCommand</name>
    <message>
        <source>Set up or remove a connection profile.</source>
        <translation>Créer ou supprimer un profil de connexion.</translation>
    </message>
    <message>
        <source>--profile P (--issuer URL | --domain HOST) --client-id ID [--audience A] [--scope S]... [--redirect-uri U] [--window-size WxH] [--system] | --profile P --remove [--system]</source>
        <translation>--profile P (--issuer URL | --domain HÔTE) --client-id ID [--audience A] [--scope S]... [--redirect-uri U] [--window-size LxH] [--system] | --profile P --remove [--system]</translation>
    </message>
    <message>
        <source>The issuer URL, e.g. https://tenant.eu.auth0.com/ (a bare domain means https).</source>
        <translation>L&apos;URL de l&apos;émetteur, p. ex. https://tenant.eu.auth0.com/ (un domaine seul signifie https).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>The Auth0 domain, e.g. tenant.eu.auth0.com.</source>
        <translation>Le domaine Auth0, p. ex. tenant.eu.auth0.com.</translation>
    </message>
    <message>
        <source>host</source>
        <translation>hôte</translation>
    </message>
    <message>
        <source>The application&apos;s client ID from the Auth0 dashboard.</source>
        <translation>L&apos;ID client de l&apos;application, depuis le tableau de bord Auth0.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>The API identifier (audience) to ask tokens for.</source>
        <translation>L&apos;identifiant de l&apos;API (audience) pour laquelle demander des jetons.</translation>
    </message>
    <message>
        <source>audience</source>
        <translation>audience</translation>
    </message>
    <message>
        <source>A scope to ask for; repeat the option or separate scopes with spaces (default: %1).</source>
        <translation>Une portée à demander ; répétez l&apos;option ou séparez les portées par des espaces (par défaut : %1).</translation>
    </message>
    <message>
        <source>scope</source>
        <translation>portée</translation>
    </message>
    <message>
        <source>The redirect URI registered in Auth0 (default: %1).</source>
        <translation>L&apos;URI de redirection enregistrée dans Auth0 (par défaut : %1).</translation>
    </message>
    <message>
        <source>uri</source>
        <translation>uri</translation>
    </message>
    <message>
        <source>The login window size, e.g. 1200x1000.</source>
        <translation>La taille de la fenêtre de connexion, p. ex. 1200x1000.</translation>
    </message>
    <message>
        <source>WxH</source>
        <translation>LxH</translation>
    </message>
    <message>
        <source>Write the system-wide, managed configuration (needs administrator rights).</source>
        <translation>Écrire la configuration gérée, pour tout le système (droits d&apos;administrateur requis).</translation>
    </message>
    <message>
        <source>Remove the profile (and, for your own profiles, the sign-in stored for it).</source>
        <translation>Supprimer le profil (et, pour vos propres profils, la connexion enregistrée).</translation>
    </message>
    <message>
        <source>--profile: &quot;%1&quot; is not a valid profile name: use 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>--profile : « %1 » n&apos;est pas un nom de profil valide : utilisez de 1 à 64 lettres, chiffres, « . », « _ » ou « - ».</translation>
    </message>
    <message>
        <source>Give exactly one of --issuer URL or --domain HOST, for example --domain tenant.eu.auth0.com.</source>
        <translation>Indiquez exactement l&apos;une des options --issuer URL ou --domain HÔTE, par exemple --domain tenant.eu.auth0.com.</translation>
    </message>
    <message>
        <source>--client-id is required: copy the client ID from the application&apos;s settings in the Auth0 dashboard.</source>
        <translation>--client-id est obligatoire : copiez l&apos;ID client depuis les paramètres de l&apos;application dans le tableau de bord Auth0.</translation>
    </message>
    <message>
        <source>--domain: give only the host name, such as tenant.eu.auth0.com; use --issuer for a URL.</source>
        <translation>--domain : indiquez seulement le nom d&apos;hôte, comme tenant.eu.auth0.com ; utilisez --issuer pour une URL.</translation>
    </message>
    <message>
        <source>--window-size: &quot;%1&quot; is not WIDTHxHEIGHT, e.g. 1200x1000.</source>
        <translation>--window-size : « %1 » n&apos;est pas au format LARGEURxHAUTEUR, p. ex. 1200x1000.</translation>
    </message>
    <message>
        <source>--system: the system-wide configuration cannot be written here. Run the command as an administrator (root), or leave out --system to configure only your own account.</source>
        <translation>--system : la configuration système ne peut pas être écrite ici. Lancez la commande en tant qu&apos;administrateur (root), ou omettez --system pour ne configurer que votre compte.</translation>
    </message>
    <message>
        <source>Leave these options out, or ask your IT department to change them.</source>
        <translation>Omettez ces options, ou demandez à votre service informatique de les modifier.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; saved in the system-wide configuration (%2).</source>
        <translation>Profil « %1 » enregistré dans la configuration système (%2).</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; saved (%2).</source>
        <translation>Profil « %1 » enregistré (%2).</translation>
    </message>
    <message>
        <source>--remove: --%1 cannot be combined with --remove.</source>
        <translation>--remove : --%1 ne peut pas être combiné avec --remove.</translation>
    </message>
    <message>
        <source>--profile: there is no profile named &quot;%1&quot;. Run &quot;%2 profiles&quot; to list them.</source>
        <translation>--profile : aucun profil ne s&apos;appelle « %1 ». Lancez « %2 profiles » pour les lister.</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; is not in the system-wide configuration.</source>
        <translation>Le profil « %1 » ne figure pas dans la configuration système.</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; is managed by your organization: only an administrator can remove it, with --system.</source>
        <translation>Le profil « %1 » est géré par votre organisation : seul un administrateur peut le supprimer, avec --system.</translation>
    </message>
    <message>
        <source>--system: the system-wide configuration cannot be changed here. Run the command as an administrator (root).</source>
        <translation>--system : la configuration système ne peut pas être modifiée ici. Lancez la commande en tant qu&apos;administrateur (root).</translation>
    </message>
    <message>
        <source>The sign-in stored for &quot;%1&quot; could not be deleted: %2 Nothing was removed; try again.</source>
        <translation>La connexion enregistrée pour « %1 » n&apos;a pas pu être supprimée : %2 Rien n&apos;a été supprimé ; réessayez.</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; could not be removed: the configuration file is not writable.</source>
        <translation>Le profil « %1 » n&apos;a pas pu être supprimé : le fichier de configuration n&apos;est pas accessible en écriture.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; removed.</source>
        <translation>Profil « %1 » supprimé.</translation>
    </message>
</context>
<context>
    <name>ConnectorBuilderDialog</name>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <source>&amp;Build</source>
        <translation>&amp;Générer</translation>
    </message>
    <message>
        <source>&amp;Install into Power BI Desktop</source>
        <translation>&amp;Installer dans Power BI Desktop</translation>
    </message>
    <message>
        <source>Build Power BI connector</source>
        <translation>Générer le connecteur Power BI</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Connector name</source>
        <translation>Nom du connecteur</translation>
    </message>
    <message>
        <source>e.g. Contoso</source>
        <translation>p. ex. Contoso</translation>
    </message>
    <message>
        <source>Connector name problem</source>
        <translation>Problème de nom du connecteur</translation>
    </message>
    <message>
        <source>Output file</source>
        <translation>Fichier de sortie</translation>
    </message>
    <message>
        <source>Choose the output file</source>
        <translation>Choisir le fichier de sortie</translation>
    </message>
    <message>
        <source>Build the connector</source>
        <translation>Générer le connecteur</translation>
    </message>
    <message>
        <source>Install the connector into Power BI Desktop</source>
        <translation>Installer le connecteur dans Power BI Desktop</translation>
    </message>
    <message>
        <source>Power BI Desktop runs on Windows: build the .mez here and copy it to [Documents]\Power BI Desktop\Custom Connectors on the Windows machine.</source>
        <translation>Power BI Desktop fonctionne sous Windows : générez le fichier .mez ici et copiez-le dans [Documents]\Power BI Desktop\Custom Connectors sur la machine Windows.</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Power BI Desktop security setting</source>
        <translation>Paramètre de sécurité de Power BI Desktop</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil :</translation>
    </message>
    <message>
        <source>Connector &amp;name:</source>
        <translation>&amp;Nom du connecteur :</translation>
    </message>
    <message>
        <source>&amp;Output file:</source>
        <translation>Fichier de &amp;sortie :</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot name a connector. %2</source>
        <translation>« %1 » ne peut pas nommer un connecteur. %2</translation>
    </message>
    <message>
        <source>Save the connector</source>
        <translation>Enregistrer le connecteur</translation>
    </message>
    <message>
        <source>Power BI connectors (*.mez)</source>
        <translation>Connecteurs Power BI (*.mez)</translation>
    </message>
    <message>
        <source>There is no profile &quot;%1&quot;.</source>
        <translation>Il n&apos;existe pas de profil « %1 ».</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; needs an issuer and a client id first.</source>
        <translation>Le profil « %1 » doit d&apos;abord avoir un émetteur et un ID client.</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 écrit</translation>
    </message>
    <message>
        <source>Power BI Desktop runs on Windows: there is no Custom Connectors folder here.</source>
        <translation>Power BI Desktop fonctionne sous Windows : il n&apos;y a pas de dossier Custom Connectors ici.</translation>
    </message>
    <message>
        <source>Cannot create the folder &quot;%1&quot;.</source>
        <translation>Impossible de créer le dossier « %1 ».</translation>
    </message>
    <message>
        <source>Installed %1</source>
        <translation>%1 installé</translation>
    </message>
    <message>
        <source>Not built: %1</source>
        <translation>Non généré : %1</translation>
    </message>
</context>
<context>
    <name>ConnectorCommand</name>
    <message>
        <source>Build or install the Power BI custom connector (.mez) for a profile.</source>
        <translation>Créer ou installer le connecteur personnalisé Power BI (.mez) d&apos;un profil.</translation>
    </message>
    <message>
        <source>The connector&apos;s data source kind, an M identifier (e.g. Contoso).</source>
        <translation>Le type de source de données du connecteur, un identificateur M (p. ex. Contoso).</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>KIND</translation>
    </message>
    <message>
        <source>build: the .mez file (default ./KIND.mez). install: the folder (default: Power BI Desktop&apos;s Custom Connectors folder).</source>
        <translation>build : le fichier .mez (par défaut ./KIND.mez). install : le dossier (par défaut : le dossier Custom Connectors de Power BI Desktop).</translation>
    </message>
    <message>
        <source>path</source>
        <translation>chemin</translation>
    </message>
    <message>
        <source>build: also write the M section document for review.</source>
        <translation>build : écrire aussi le document de section M pour relecture.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>connector: say &quot;build&quot; or &quot;install&quot;.</source>
        <translation>connector : indiquez « build » ou « install ».</translation>
    </message>
    <message>
        <source>Usage: %1 connector %2</source>
        <translation>Utilisation : %1 connector %2</translation>
    </message>
    <message>
        <source>connector: --name KIND is required.</source>
        <translation>connector : --name KIND est obligatoire.</translation>
    </message>
    <message>
        <source>connector: &quot;%1&quot; cannot name a connector.</source>
        <translation>connector : « %1 » ne peut pas nommer un connecteur.</translation>
    </message>
    <message>
        <source>connector: --pq goes with &quot;build&quot;.</source>
        <translation>connector : --pq va avec « build ».</translation>
    </message>
    <message>
        <source>There is no profile &quot;%1&quot;. Create it with &quot;%2 configure&quot;.</source>
        <translation>Il n&apos;existe pas de profil « %1 ». Créez-le avec « %2 configure ».</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; needs an issuer and a client id first.</source>
        <translation>Le profil « %1 » doit d&apos;abord avoir un émetteur et un ID client.</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;.</source>
        <translation>Impossible d&apos;écrire « %1 ».</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 écrit</translation>
    </message>
    <message>
        <source>Power BI Desktop runs on Windows: there is no Custom Connectors folder here. Writing the connector to the current folder; copy it to [Documents]\Power BI Desktop\Custom Connectors on the Windows machine.</source>
        <translation>Power BI Desktop fonctionne sous Windows : il n&apos;y a pas de dossier Custom Connectors ici. Le connecteur est écrit dans le dossier courant ; copiez-le dans [Documents]\Power BI Desktop\Custom Connectors sur la machine Windows.</translation>
    </message>
    <message>
        <source>Cannot create the folder &quot;%1&quot;.</source>
        <translation>Impossible de créer le dossier « %1 ».</translation>
    </message>
    <message>
        <source>Installed %1</source>
        <translation>%1 installé</translation>
    </message>
    <message>
        <source>Power BI Desktop loads an unsigned connector only when File &gt; Options and settings &gt; Options &gt; Security &gt; Data Extensions is set to &quot;Allow any extension to load without validation or warning&quot;. Restart Power BI Desktop to pick up the connector.</source>
        <translation>Power BI Desktop ne charge un connecteur non signé que si Fichier &gt; Options et paramètres &gt; Options &gt; Sécurité &gt; Extensions de données est réglé sur « Autoriser le chargement de toute extension sans validation ni avertissement ». Redémarrez Power BI Desktop pour charger le connecteur.</translation>
    </message>
</context>
<context>
    <name>ConnectorDocument</name>
    <message>
        <source>A connector name starts with a letter or &quot;_&quot;, continues with letters, digits or &quot;_&quot; (at most %1 characters), and is not an M keyword such as &quot;let&quot;.</source>
        <translation>Un nom de connecteur commence par une lettre ou « _ », continue par des lettres, chiffres ou « _ » (au plus %1 caractères) et n&apos;est pas un mot-clé M comme « let ».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot name a connector. %2</source>
        <translation>« %1 » ne peut pas nommer un connecteur. %2</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; has no client id.</source>
        <translation>Le profil « %1 » n&apos;a pas d&apos;ID client.</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; has no usable issuer.</source>
        <translation>Le profil « %1 » n&apos;a pas d&apos;émetteur utilisable.</translation>
    </message>
    <message>
        <source>The connector template is missing from this build.</source>
        <translation>Le modèle de connecteur manque dans cette version.</translation>
    </message>
    <message>
        <source>Connect to %1 with your organisation&apos;s sign-in</source>
        <translation>Se connecter à %1 avec l&apos;identifiant de votre organisation</translation>
    </message>
    <message>
        <source>The connector template uses an unknown value &quot;%1&quot;.</source>
        <translation>Le modèle de connecteur utilise une valeur inconnue « %1 ».</translation>
    </message>
</context>
<context>
    <name>DiagnosticsCommand</name>
    <message>
        <source>Print a report for support (no tokens in it).</source>
        <translation>Afficher un rapport pour le support (sans aucun jeton).</translation>
    </message>
    <message>
        <source>Report only this profile (default: every profile).</source>
        <translation>Ne rapporter que ce profil (par défaut : tous les profils).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>Write the report to this file instead of the output.</source>
        <translation>Écrire le rapport dans ce fichier au lieu de la sortie.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>--profile: there is no profile named &quot;%1&quot;. Run &quot;%2 profiles&quot; to list them.</source>
        <translation>--profile : aucun profil ne s&apos;appelle « %1 ». Lancez « %2 profiles » pour les lister.</translation>
    </message>
    <message>
        <source>--output: the report could not be written to %1: %2</source>
        <translation>--output : le rapport n&apos;a pas pu être écrit dans %1 : %2</translation>
    </message>
    <message>
        <source>Diagnostics written to %1.</source>
        <translation>Diagnostic écrit dans %1.</translation>
    </message>
</context>
<context>
    <name>DiagnosticsReport</name>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>%1 (in %2 s)</source>
        <translation>%1 (dans %2 s)</translation>
    </message>
    <message>
        <source>%1 (%2 s ago)</source>
        <translation>%1 (il y a %2 s)</translation>
    </message>
    <message>
        <source>Connector Sign-In diagnostics</source>
        <translation>Diagnostic de Connector Sign-In</translation>
    </message>
    <message>
        <source>Generated %1. Tokens are never included; only their fingerprints (first 8 hex digits of SHA-256).</source>
        <translation>Généré le %1. Les jetons n&apos;y figurent jamais ; seulement leurs empreintes (8 premiers chiffres hexadécimaux du SHA-256).</translation>
    </message>
    <message>
        <source>Program and system</source>
        <translation>Programme et système</translation>
    </message>
    <message>
        <source>Settings files</source>
        <translation>Fichiers de paramètres</translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation>Trousseau</translation>
    </message>
    <message>
        <source>Logging</source>
        <translation>Journalisation</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profils</translation>
    </message>
    <message>
        <source>No profile is configured.</source>
        <translation>Aucun profil n&apos;est configuré.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;</source>
        <translation>Profil « %1 »</translation>
    </message>
    <message>
        <source>%1 (managed)</source>
        <translation>%1 (géré)</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Émetteur</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>ID client</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Audience</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Portées</translation>
    </message>
    <message>
        <source>Redirect URI</source>
        <translation>URI de redirection</translation>
    </message>
    <message>
        <source>Login window</source>
        <translation>Fenêtre de connexion</translation>
    </message>
    <message>
        <source>%1x%2%3</source>
        <translation>%1x%2%3</translation>
    </message>
    <message>
        <source> (managed)</source>
        <translation> (géré)</translation>
    </message>
    <message>
        <source>Managed fields</source>
        <translation>Champs gérés</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Sign-in server</source>
        <translation>Serveur de connexion</translation>
    </message>
    <message>
        <source>Not contacted: the profile has no valid issuer.</source>
        <translation>Non contacté : le profil n&apos;a pas d&apos;émetteur valide.</translation>
    </message>
    <message>
        <source>Discovery document</source>
        <translation>Document de découverte</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>no answer after %1 ms: %2</source>
        <translation>pas de réponse après %1 ms : %2</translation>
    </message>
    <message>
        <source>HTTP %1 in %2 ms</source>
        <translation>HTTP %1 en %2 ms</translation>
    </message>
    <message>
        <source>Issuer in document</source>
        <translation>Émetteur dans le document</translation>
    </message>
    <message>
        <source>%1 (matches)</source>
        <translation>%1 (correspond)</translation>
    </message>
    <message>
        <source>%1 (DOES NOT match the configured %2)</source>
        <translation>%1 (NE correspond PAS au %2 configuré)</translation>
    </message>
    <message>
        <source>Document refused</source>
        <translation>Document refusé</translation>
    </message>
    <message>
        <source>PKCE S256 offered</source>
        <translation>PKCE S256 proposé</translation>
    </message>
    <message>
        <source>not listed (Auth0 supports it without saying so)</source>
        <translation>non indiqué (Auth0 le prend en charge sans le dire)</translation>
    </message>
    <message>
        <source>offline_access offered</source>
        <translation>offline_access proposé</translation>
    </message>
    <message>
        <source>not listed</source>
        <translation>non indiqué</translation>
    </message>
    <message>
        <source>Clock skew</source>
        <translation>Décalage d&apos;horloge</translation>
    </message>
    <message>
        <source>unknown (the server sent no Date header)</source>
        <translation>inconnu (le serveur n&apos;a pas envoyé d&apos;en-tête Date)</translation>
    </message>
    <message>
        <source>%1 s (server %2)</source>
        <translation>%1 s (serveur %2)</translation>
    </message>
    <message>
        <source>ahead</source>
        <translation>en avance</translation>
    </message>
    <message>
        <source>behind</source>
        <translation>en retard</translation>
    </message>
    <message>
        <source>; WARNING: more than %1 s, sign-in may fail: set this computer&apos;s clock automatically</source>
        <translation>; ATTENTION : plus de %1 s, la connexion peut échouer : réglez l&apos;horloge de cet ordinateur automatiquement</translation>
    </message>
    <message>
        <source>Server date</source>
        <translation>Date du serveur</translation>
    </message>
    <message>
        <source>present</source>
        <translation>présent</translation>
    </message>
    <message>
        <source>unavailable: %1</source>
        <translation>indisponible : %1</translation>
    </message>
    <message>
        <source>could not be read</source>
        <translation>illisible</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>absent</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Refresh token in keychain</source>
        <translation>Jeton d&apos;actualisation dans le trousseau</translation>
    </message>
    <message>
        <source>Refresh token fingerprint</source>
        <translation>Empreinte du jeton d&apos;actualisation</translation>
    </message>
    <message>
        <source>Access token expires</source>
        <translation>Expiration du jeton d&apos;accès</translation>
    </message>
    <message>
        <source>Scopes granted</source>
        <translation>Portées accordées</translation>
    </message>
    <message>
        <source>Signed in user known</source>
        <translation>Utilisateur connecté connu</translation>
    </message>
    <message>
        <source>Last refresh</source>
        <translation>Dernière actualisation</translation>
    </message>
    <message>
        <source>Last refresh result</source>
        <translation>Résultat de la dernière actualisation</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Dernière erreur</translation>
    </message>
    <message>
        <source>Next refresh</source>
        <translation>Prochaine actualisation</translation>
    </message>
    <message>
        <source>Sign-in needed</source>
        <translation>Connexion requise</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>Conseil</translation>
    </message>
</context>
<context>
    <name>DiscoveryClient</name>
    <message>
        <source>The sign-in server&apos;s configuration could not be read (%1); using the standard Auth0 addresses.</source>
        <translation>La configuration du serveur de connexion n&apos;a pas pu être lue (%1) ; utilisation des adresses Auth0 standard.</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>pas de réponse à temps</translation>
    </message>
    <message>
        <source>the document is too large</source>
        <translation>le document est trop volumineux</translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation>Statut HTTP %1</translation>
    </message>
    <message>
        <source>the document is not JSON</source>
        <translation>le document n&apos;est pas du JSON</translation>
    </message>
</context>
<context>
    <name>DoctorCheck</name>
    <message>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>Discovery</source>
        <translation>Découverte</translation>
    </message>
    <message>
        <source>PKCE</source>
        <translation>PKCE</translation>
    </message>
    <message>
        <source>Client and redirect URI</source>
        <translation>Client et URI de redirection</translation>
    </message>
    <message>
        <source>Refresh token</source>
        <translation>Jeton d&apos;actualisation</translation>
    </message>
    <message>
        <source>Rotation</source>
        <translation>Rotation</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Horloge</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Audience</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2 : %3</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Correction : %1</translation>
    </message>
</context>
<context>
    <name>DoctorCommand</name>
    <message>
        <source>Check the tenant and the profile and say what to fix.</source>
        <translation>Vérifier le locataire et le profil, et dire quoi corriger.</translation>
    </message>
    <message>
        <source>Sign in (opens the login window) when the profile is not signed in, to check the refresh token too.</source>
        <translation>Se connecter (ouvre la fenêtre de connexion) si le profil n&apos;est pas connecté, pour vérifier aussi le jeton d&apos;actualisation.</translation>
    </message>
    <message>
        <source>Checking profile &quot;%1&quot; (%2)</source>
        <translation>Vérification du profil « %1 » (%2)</translation>
    </message>
</context>
<context>
    <name>DoctorRunner</name>
    <message>
        <source>Not checked: the domain cannot be reached.</source>
        <translation>Non vérifié : le domaine est injoignable.</translation>
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
        <translation>Aucune connexion n&apos;est encore configurée</translation>
    </message>
    <message>
        <source>Enter your organisation&apos;s Auth0 tenant and client ID to let the Power BI connector sign you in. Your IT department can tell you both.</source>
        <translation>Saisissez le locataire Auth0 et l&apos;ID client de votre organisation pour que le connecteur Power BI puisse vous connecter. Votre service informatique peut vous les indiquer.</translation>
    </message>
    <message>
        <source>&amp;Configure…</source>
        <translation>&amp;Configurer…</translation>
    </message>
    <message>
        <source>Configure</source>
        <translation>Configurer</translation>
    </message>
</context>
<context>
    <name>ErrorView</name>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>Détails de l&apos;erreur</translation>
    </message>
    <message>
        <source>Loads the sign-in page again</source>
        <translation>Recharge la page de connexion</translation>
    </message>
</context>
<context>
    <name>EventLogDialog</name>
    <message>
        <source>Event log</source>
        <translation>Journal des événements</translation>
    </message>
    <message>
        <source>Recent events</source>
        <translation>Événements récents</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy events</source>
        <translation>Copier les événements</translation>
    </message>
</context>
<context>
    <name>EventLogModel</name>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
</context>
<context>
    <name>IdTokenClaims</name>
    <message>
        <source>The ID token has no claims.</source>
        <translation>Le jeton d&apos;identité ne contient aucune revendication.</translation>
    </message>
    <message>
        <source>The ID token&apos;s &quot;%1&quot; claim is not a string.</source>
        <translation>La revendication « %1 » du jeton d&apos;identité n&apos;est pas une chaîne.</translation>
    </message>
    <message>
        <source>The ID token&apos;s &quot;aud&quot; claim is neither a string nor a list of strings.</source>
        <translation>La revendication « aud » du jeton d&apos;identité n&apos;est ni une chaîne ni une liste de chaînes.</translation>
    </message>
    <message>
        <source>The ID token&apos;s &quot;exp&quot; or &quot;iat&quot; claim is not a number.</source>
        <translation>La revendication « exp » ou « iat » du jeton d&apos;identité n&apos;est pas un nombre.</translation>
    </message>
    <message>
        <source>The ID token is valid.</source>
        <translation>Le jeton d&apos;identité est valide.</translation>
    </message>
    <message>
        <source>The server&apos;s ID token lacks required claims (iss, sub, aud, exp, iat).</source>
        <translation>Il manque au jeton d&apos;identité du serveur des revendications requises (iss, sub, aud, exp, iat).</translation>
    </message>
    <message>
        <source>The ID token was issued by another server than the profile&apos;s issuer. Check the issuer in the profile.</source>
        <translation>Le jeton d&apos;identité a été émis par un autre serveur que l&apos;émetteur du profil. Vérifiez l&apos;émetteur dans le profil.</translation>
    </message>
    <message>
        <source>The ID token was issued for another application. Check the client ID in the profile.</source>
        <translation>Le jeton d&apos;identité a été émis pour une autre application. Vérifiez l&apos;ID client dans le profil.</translation>
    </message>
    <message>
        <source>The ID token has already expired. Check that this computer&apos;s clock is correct, then sign in again.</source>
        <translation>Le jeton d&apos;identité a déjà expiré. Vérifiez que l&apos;horloge de cet ordinateur est juste, puis reconnectez-vous.</translation>
    </message>
    <message>
        <source>The ID token was issued in the future. Check that this computer&apos;s clock is correct, then sign in again.</source>
        <translation>Le jeton d&apos;identité a été émis dans le futur. Vérifiez que l&apos;horloge de cet ordinateur est juste, puis reconnectez-vous.</translation>
    </message>
    <message>
        <source>The ID token does not belong to this sign-in attempt. Please sign in again.</source>
        <translation>Le jeton d&apos;identité n&apos;appartient pas à cette tentative de connexion. Veuillez vous reconnecter.</translation>
    </message>
</context>
<context>
    <name>Jwt</name>
    <message numerus="yes">
        <source>The token is not a signed JWT (it has %n part(s), not 3).</source>
        <translation>
            <numerusform>Le jeton n&apos;est pas un JWT signé (il a %n partie, et non 3).</numerusform>
            <numerusform>Le jeton n&apos;est pas un JWT signé (il a %n parties, et non 3).</numerusform>
        </translation>
    </message>
    <message>
        <source>The token has an empty header or payload.</source>
        <translation>Le jeton a un en-tête ou un contenu vide.</translation>
    </message>
    <message>
        <source>The token is not valid base64url.</source>
        <translation>Le jeton n&apos;est pas du base64url valide.</translation>
    </message>
    <message>
        <source>The token&apos;s contents are not a JSON object.</source>
        <translation>Le contenu du jeton n&apos;est pas un objet JSON.</translation>
    </message>
    <message>
        <source>The token&apos;s header is empty.</source>
        <translation>L&apos;en-tête du jeton est vide.</translation>
    </message>
</context>
<context>
    <name>KeychainResult</name>
    <message numerus="yes">
        <source>The keychain did not answer within %n second(s). It may be locked or waiting for a password prompt: unlock it and try again.</source>
        <translation>
            <numerusform>Le trousseau n&apos;a pas répondu en %n seconde. Il est peut-être verrouillé ou attend un mot de passe : déverrouillez-le et réessayez.</numerusform>
            <numerusform>Le trousseau n&apos;a pas répondu en %n secondes. Il est peut-être verrouillé ou attend un mot de passe : déverrouillez-le et réessayez.</numerusform>
        </translation>
    </message>
    <message>
        <source>The token is too large to store in the keychain (%1 bytes; at most %2 bytes fit). Nothing was stored.</source>
        <translation>Le jeton est trop volumineux pour le trousseau (%1 octets ; %2 octets au plus). Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>There is no refresh token to store. Nothing was stored.</source>
        <translation>Il n&apos;y a pas de jeton d&apos;actualisation à enregistrer. Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>The profile name is not valid: use letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos; (at most 64).</source>
        <translation>Le nom de profil n&apos;est pas valide : utilisez des lettres, chiffres, « . », « _ » ou « - » (64 au plus).</translation>
    </message>
    <message>
        <source>No sign-in is stored for this profile. Sign in to continue.</source>
        <translation>Aucune connexion n&apos;est enregistrée pour ce profil. Connectez-vous pour continuer.</translation>
    </message>
    <message>
        <source>The keychain is locked or not available. Unlock it and try again.</source>
        <translation>Le trousseau est verrouillé ou indisponible. Déverrouillez-le et réessayez.</translation>
    </message>
    <message>
        <source>Access to the keychain was refused. Allow Connector Sign-In to use the keychain, then try again.</source>
        <translation>L&apos;accès au trousseau a été refusé. Autorisez Connector Sign-In à utiliser le trousseau, puis réessayez.</translation>
    </message>
    <message>
        <source>The keychain reported an error. Try again.</source>
        <translation>Le trousseau a signalé une erreur. Réessayez.</translation>
    </message>
    <message>
        <source>The keychain reported an error: %1</source>
        <translation>Le trousseau a signalé une erreur : %1</translation>
    </message>
</context>
<context>
    <name>LoadFailure</name>
    <message>
        <source>The sign-in page&apos;s certificate is not valid</source>
        <translation>Le certificat de la page de connexion n&apos;est pas valide</translation>
    </message>
    <message>
        <source>The sign-in server was not found</source>
        <translation>Le serveur de connexion est introuvable</translation>
    </message>
    <message>
        <source>The sign-in page stopped unexpectedly</source>
        <translation>La page de connexion s&apos;est arrêtée de façon inattendue</translation>
    </message>
    <message>
        <source>The sign-in page could not be loaded</source>
        <translation>La page de connexion n&apos;a pas pu être chargée</translation>
    </message>
    <message>
        <source>The connection to %1 is not secure, so the sign-in page was not shown. Someone may be trying to intercept your sign-in. If this keeps happening, contact your IT support.</source>
        <translation>La connexion à %1 n&apos;est pas sécurisée : la page de connexion n&apos;a donc pas été affichée. Quelqu&apos;un tente peut-être d&apos;intercepter votre connexion. Si cela se reproduit, contactez votre support informatique.</translation>
    </message>
    <message>
        <source>%1 could not be found. Check your internet connection and try again.</source>
        <translation>%1 est introuvable. Vérifiez votre connexion Internet et réessayez.</translation>
    </message>
    <message>
        <source>Try again. If this keeps happening, restart the program.</source>
        <translation>Réessayez. Si cela se reproduit, redémarrez le programme.</translation>
    </message>
    <message>
        <source>Could not connect to %1. Check your internet connection and try again.</source>
        <translation>Impossible de se connecter à %1. Vérifiez votre connexion Internet et réessayez.</translation>
    </message>
</context>
<context>
    <name>LoginOptions</name>
    <message>
        <source>Shows the sign-in page and prints the callback URL.</source>
        <translation>Affiche la page de connexion et imprime l&apos;URL de rappel.</translation>
    </message>
    <message>
        <source>The authorization URL to open.</source>
        <translation>L&apos;URL d&apos;autorisation à ouvrir.</translation>
    </message>
    <message>
        <source>The redirect URI to catch.</source>
        <translation>L&apos;URI de redirection à intercepter.</translation>
    </message>
    <message>
        <source>Window width.</source>
        <translation>Largeur de la fenêtre.</translation>
    </message>
    <message>
        <source>Window height.</source>
        <translation>Hauteur de la fenêtre.</translation>
    </message>
    <message>
        <source>The profile&apos;s label, shown in the title.</source>
        <translation>Le libellé du profil, affiché dans le titre.</translation>
    </message>
    <message>
        <source>Keep cookies in this folder (&quot;remember me&quot;).</source>
        <translation>Conserver les cookies dans ce dossier (« se souvenir de moi »).</translation>
    </message>
    <message>
        <source>Unexpected argument.</source>
        <translation>Argument inattendu.</translation>
    </message>
    <message>
        <source>--url must be an https URL (plain http only on loopback).</source>
        <translation>--url doit être une URL https (http simple uniquement en boucle locale).</translation>
    </message>
    <message>
        <source>--redirect-uri must be an absolute URL.</source>
        <translation>--redirect-uri doit être une URL absolue.</translation>
    </message>
    <message>
        <source>--width and --height must be whole numbers between 200 and 10000.</source>
        <translation>--width et --height doivent être des nombres entiers entre 200 et 10000.</translation>
    </message>
    <message>
        <source>--persistent-profile needs a folder.</source>
        <translation>--persistent-profile demande un dossier.</translation>
    </message>
</context>
<context>
    <name>LoginProfile</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
</context>
<context>
    <name>LoginWindow</name>
    <message>
        <source>Sign-in page</source>
        <translation>Page de connexion</translation>
    </message>
    <message>
        <source>Loading progress</source>
        <translation>Progression du chargement</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Sign in – %1</source>
        <translation>Se connecter – %1</translation>
    </message>
</context>
<context>
    <name>LoginWindowProcess</name>
    <message>
        <source>The login window could not be started (%1): %2</source>
        <translation>La fenêtre de connexion n&apos;a pas pu démarrer (%1) : %2</translation>
    </message>
    <message>
        <source>The login window stopped unexpectedly (exit code %1).</source>
        <translation>La fenêtre de connexion s&apos;est arrêtée de façon inattendue (code de sortie %1).</translation>
    </message>
    <message>
        <source>The login window stopped unexpectedly: %1</source>
        <translation>La fenêtre de connexion s&apos;est arrêtée de façon inattendue : %1</translation>
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
        <translation>Profils</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Keep running in the tray when closed</source>
        <translation>&amp;Rester dans la zone de notification à la fermeture</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Support</source>
        <translation>&amp;Support</translation>
    </message>
    <message>
        <source>&amp;Token inspector…</source>
        <translation>Inspecteur de &amp;jetons…</translation>
    </message>
    <message>
        <source>&amp;Event log…</source>
        <translation>&amp;Journal des événements…</translation>
    </message>
    <message>
        <source>&amp;Copy diagnostics</source>
        <translation>&amp;Copier le diagnostic</translation>
    </message>
    <message>
        <source>&amp;Save diagnostics…</source>
        <translation>&amp;Enregistrer le diagnostic…</translation>
    </message>
    <message>
        <source>There is no profile to inspect yet.</source>
        <translation>Il n&apos;y a encore aucun profil à inspecter.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; saved.</source>
        <translation>Profil « %1 » enregistré.</translation>
    </message>
    <message>
        <source>Profile saved</source>
        <translation>Profil enregistré</translation>
    </message>
    <message>
        <source>Collecting diagnostics…</source>
        <translation>Collecte du diagnostic…</translation>
    </message>
    <message>
        <source>Diagnostics copied to the clipboard. They contain no passwords or tokens.</source>
        <translation>Diagnostic copié dans le presse-papiers. Il ne contient ni mot de passe ni jeton.</translation>
    </message>
    <message>
        <source>Save diagnostics</source>
        <translation>Enregistrer le diagnostic</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Fichiers texte (*.txt)</translation>
    </message>
    <message>
        <source>Diagnostics saved to %1.</source>
        <translation>Diagnostic enregistré dans %1.</translation>
    </message>
    <message>
        <source>Could not save diagnostics to %1: %2</source>
        <translation>Impossible d&apos;enregistrer le diagnostic dans %1 : %2</translation>
    </message>
    <message>
        <source>&amp;Build Power BI connector…</source>
        <translation>&amp;Générer le connecteur Power BI…</translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <source>Close this message</source>
        <translation>Fermer ce message</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Fermer le message</translation>
    </message>
    <message>
        <source>Message: %1</source>
        <translation>Message : %1</translation>
    </message>
</context>
<context>
    <name>MezPackage</name>
    <message>
        <source>The connector icons are missing from this build.</source>
        <translation>Les icônes du connecteur manquent dans cette version.</translation>
    </message>
    <message>
        <source>Cannot create &quot;%1&quot;.</source>
        <translation>Impossible de créer « %1 ».</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;.</source>
        <translation>Impossible d&apos;écrire « %1 ».</translation>
    </message>
</context>
<context>
    <name>PageInfoBar</name>
    <message>
        <source>Page title</source>
        <translation>Titre de la page</translation>
    </message>
    <message>
        <source>Secure connection</source>
        <translation>Connexion sécurisée</translation>
    </message>
    <message>
        <source>Not secure</source>
        <translation>Non sécurisé</translation>
    </message>
    <message>
        <source>Not secure: %1</source>
        <translation>Non sécurisé : %1</translation>
    </message>
    <message>
        <source>Connected securely to %1</source>
        <translation>Connecté de façon sécurisée à %1</translation>
    </message>
    <message>
        <source>Connected without encryption to %1</source>
        <translation>Connecté sans chiffrement à %1</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>Enter the Auth0 domain (for example tenant.eu.auth0.com) or the issuer URL.</source>
        <translation>Saisissez le domaine Auth0 (par exemple tenant.eu.auth0.com) ou l&apos;URL de l&apos;émetteur.</translation>
    </message>
    <message>
        <source>The issuer &quot;%1&quot; contains spaces. Enter only the domain, for example tenant.eu.auth0.com.</source>
        <translation>L&apos;émetteur « %1 » contient des espaces. Saisissez seulement le domaine, par exemple tenant.eu.auth0.com.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid domain or URL. Enter the Auth0 domain, for example tenant.eu.auth0.com.</source>
        <translation>« %1 » n&apos;est pas un domaine ou une URL valide. Saisissez le domaine Auth0, par exemple tenant.eu.auth0.com.</translation>
    </message>
    <message>
        <source>The issuer must be an https:// address, not &quot;%1&quot;.</source>
        <translation>L&apos;émetteur doit être une adresse https://, pas « %1 ».</translation>
    </message>
    <message>
        <source>The issuer must not contain a user name or password.</source>
        <translation>L&apos;émetteur ne doit contenir ni nom d&apos;utilisateur ni mot de passe.</translation>
    </message>
    <message>
        <source>The issuer must not contain &quot;?&quot; or &quot;#&quot;. Enter only the domain, for example tenant.eu.auth0.com.</source>
        <translation>L&apos;émetteur ne doit pas contenir « ? » ni « # ». Saisissez seulement le domaine, par exemple tenant.eu.auth0.com.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid host name.</source>
        <translation>« %1 » n&apos;est pas un nom d&apos;hôte valide.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a complete domain. Enter the full Auth0 domain, for example tenant.eu.auth0.com.</source>
        <translation>« %1 » n&apos;est pas un domaine complet. Saisissez le domaine Auth0 complet, par exemple tenant.eu.auth0.com.</translation>
    </message>
    <message>
        <source>Plain http:// is not allowed for &quot;%1&quot;: tokens would travel unencrypted. Use https://.</source>
        <translation>Le http:// simple n&apos;est pas autorisé pour « %1 » : les jetons circuleraient en clair. Utilisez https://.</translation>
    </message>
    <message>
        <source>The profile has no name.</source>
        <translation>Le profil n&apos;a pas de nom.</translation>
    </message>
    <message>
        <source>The profile name &quot;%1&quot; must not contain &quot;/&quot; or &quot;\&quot;.</source>
        <translation>Le nom de profil « %1 » ne doit contenir ni « / » ni « \ ».</translation>
    </message>
    <message>
        <source>No issuer is set. Enter the Auth0 domain, for example tenant.eu.auth0.com.</source>
        <translation>Aucun émetteur n&apos;est défini. Saisissez le domaine Auth0, par exemple tenant.eu.auth0.com.</translation>
    </message>
    <message>
        <source>The issuer should be written as %1.</source>
        <translation>L&apos;émetteur devrait s&apos;écrire %1.</translation>
    </message>
    <message>
        <source>No client ID is set. Copy it from the application&apos;s settings in the Auth0 dashboard.</source>
        <translation>Aucun ID client n&apos;est défini. Copiez-le depuis les paramètres de l&apos;application dans le tableau de bord Auth0.</translation>
    </message>
    <message>
        <source>The client ID &quot;%1&quot; contains spaces. Copy it again from the Auth0 dashboard.</source>
        <translation>L&apos;ID client « %1 » contient des espaces. Copiez-le à nouveau depuis le tableau de bord Auth0.</translation>
    </message>
    <message>
        <source>The scopes must include &quot;openid&quot;: without it the server does not sign anybody in with OpenID Connect.</source>
        <translation>Les portées doivent inclure « openid » : sans elle, le serveur ne connecte personne avec OpenID Connect.</translation>
    </message>
    <message>
        <source>The scopes must include &quot;offline_access&quot;: without it Auth0 issues no refresh token, and you would have to sign in again every time the access token expires.</source>
        <translation>Les portées doivent inclure « offline_access » : sans elle, Auth0 n&apos;émet aucun jeton d&apos;actualisation et vous devriez vous reconnecter à chaque expiration du jeton d&apos;accès.</translation>
    </message>
    <message>
        <source>The scope &quot;%1&quot; is not valid: scopes are single words separated by spaces.</source>
        <translation>La portée « %1 » n&apos;est pas valide : les portées sont des mots isolés séparés par des espaces.</translation>
    </message>
    <message>
        <source>The redirect URI &quot;%1&quot; is not an absolute URL.</source>
        <translation>L&apos;URI de redirection « %1 » n&apos;est pas une URL absolue.</translation>
    </message>
    <message>
        <source>The redirect URI must use https:// (plain http:// only on this computer, e.g. 127.0.0.1).</source>
        <translation>L&apos;URI de redirection doit utiliser https:// (http:// simple uniquement sur cet ordinateur, p. ex. 127.0.0.1).</translation>
    </message>
    <message>
        <source>The redirect URI must not contain &quot;#&quot; or a user name.</source>
        <translation>L&apos;URI de redirection ne doit contenir ni « # » ni nom d&apos;utilisateur.</translation>
    </message>
    <message>
        <source>The login window size %1x%2 is not usable: use at least %3x%4 and at most %5 on each side.</source>
        <translation>La taille %1x%2 de la fenêtre de connexion n&apos;est pas utilisable : au moins %3x%4 et au plus %5 de chaque côté.</translation>
    </message>
</context>
<context>
    <name>ProfileEditor</name>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;</source>
        <translation>Profil « %1 »</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Tenant:</source>
        <translation>&amp;Locataire :</translation>
    </message>
    <message>
        <source>tenant.eu.auth0.com</source>
        <translation>tenant.eu.auth0.com</translation>
    </message>
    <message>
        <source>&amp;Client ID:</source>
        <translation>&amp;ID client :</translation>
    </message>
    <message>
        <source>&amp;Audience (optional):</source>
        <translation>&amp;Audience (facultatif) :</translation>
    </message>
    <message>
        <source>https://api.example.com</source>
        <translation>https://api.example.com</translation>
    </message>
    <message>
        <source>&amp;Scopes:</source>
        <translation>&amp;Portées :</translation>
    </message>
    <message>
        <source>&amp;Redirect URI:</source>
        <translation>&amp;URI de redirection :</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Login window width</source>
        <translation>Largeur de la fenêtre de connexion</translation>
    </message>
    <message>
        <source>Login window height</source>
        <translation>Hauteur de la fenêtre de connexion</translation>
    </message>
    <message>
        <source>×</source>
        <translation>×</translation>
    </message>
    <message>
        <source>Login &amp;window size:</source>
        <translation>Taille de la &amp;fenêtre de connexion :</translation>
    </message>
    <message>
        <source>Set by your organisation</source>
        <translation>Défini par votre organisation</translation>
    </message>
    <message>
        <source>Fields you cannot change are set by your organisation.</source>
        <translation>Les champs que vous ne pouvez pas modifier sont définis par votre organisation.</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Résultat du test de connexion</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Use 1 to 64 letters, digits, dots, dashes or underscores.</source>
        <translation>Utilisez de 1 à 64 lettres, chiffres, points, tirets ou traits de soulignement.</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Test de la connexion…</translation>
    </message>
</context>
<context>
    <name>ProfileStatus</name>
    <message>
        <source>Signed out</source>
        <translation>Déconnecté</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>Sign-in needed</source>
        <translation>Connexion requise</translation>
    </message>
    <message>
        <source>Keychain unavailable</source>
        <translation>Trousseau indisponible</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Sign in to connect.</source>
        <translation>Connectez-vous pour établir la connexion.</translation>
    </message>
    <message>
        <source>The last refresh failed; it will be tried again. Your sign-in is kept.</source>
        <translation>La dernière actualisation a échoué ; elle sera retentée. Votre connexion est conservée.</translation>
    </message>
    <message>
        <source>Your sign-in expired. Sign in again.</source>
        <translation>Votre connexion a expiré. Reconnectez-vous.</translation>
    </message>
    <message>
        <source>The keychain is locked or not available. Unlock it and try again.</source>
        <translation>Le trousseau est verrouillé ou indisponible. Déverrouillez-le et réessayez.</translation>
    </message>
</context>
<context>
    <name>ProfileStatusPanel</name>
    <message>
        <source>succeeded</source>
        <translation>réussie</translation>
    </message>
    <message>
        <source>refused by the server</source>
        <translation>refusée par le serveur</translation>
    </message>
    <message>
        <source>failed, will be retried</source>
        <translation>échouée, sera retentée</translation>
    </message>
    <message>
        <source>failed: configuration problem</source>
        <translation>échouée : problème de configuration</translation>
    </message>
    <message>
        <source>failed: keychain unavailable</source>
        <translation>échouée : trousseau indisponible</translation>
    </message>
    <message>
        <source>failed (%1)</source>
        <translation>échouée (%1)</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Se connecter</translation>
    </message>
    <message>
        <source>&amp;Refresh now</source>
        <translation>&amp;Actualiser maintenant</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>&amp;Edit profile…</source>
        <translation>&amp;Modifier le profil…</translation>
    </message>
    <message>
        <source>Profile %1</source>
        <translation>Profil %1</translation>
    </message>
    <message>
        <source>Signed in as:</source>
        <translation>Connecté en tant que :</translation>
    </message>
    <message>
        <source>Tenant:</source>
        <translation>Locataire :</translation>
    </message>
    <message>
        <source>Client ID:</source>
        <translation>ID client :</translation>
    </message>
    <message>
        <source>Scopes:</source>
        <translation>Portées :</translation>
    </message>
    <message>
        <source>Audience:</source>
        <translation>Audience :</translation>
    </message>
    <message>
        <source>Access token expires:</source>
        <translation>Expiration du jeton d&apos;accès :</translation>
    </message>
    <message>
        <source>Refresh token:</source>
        <translation>Jeton d&apos;actualisation :</translation>
    </message>
    <message>
        <source>Last refresh:</source>
        <translation>Dernière actualisation :</translation>
    </message>
    <message>
        <source>Next refresh:</source>
        <translation>Prochaine actualisation :</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Stored in the keychain</source>
        <translation>Enregistré dans le trousseau</translation>
    </message>
    <message>
        <source>Stored in the keychain (fingerprint %1)</source>
        <translation>Enregistré dans le trousseau (empreinte %1)</translation>
    </message>
    <message>
        <source>Unknown: the keychain did not answer</source>
        <translation>Inconnu : le trousseau n&apos;a pas répondu</translation>
    </message>
    <message>
        <source>Not stored</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Pas encore</translation>
    </message>
    <message>
        <source>Not scheduled</source>
        <translation>Non planifiée</translation>
    </message>
    <message>
        <source>Show login &amp;window</source>
        <translation>Afficher la &amp;fenêtre de connexion</translation>
    </message>
    <message>
        <source>Show login window</source>
        <translation>Afficher la fenêtre de connexion</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Refresh now</source>
        <translation>Actualiser maintenant</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>&quot;%1&quot; is not a valid issuer.</source>
        <translation>« %1 » n&apos;est pas un émetteur valide.</translation>
    </message>
    <message>
        <source>The client ID is empty.</source>
        <translation>L&apos;ID client est vide.</translation>
    </message>
    <message>
        <source>The list of scopes is empty.</source>
        <translation>La liste des portées est vide.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid redirect URI: it must be an https:// address (http:// only for this computer).</source>
        <translation>« %1 » n&apos;est pas une URI de redirection valide : ce doit être une adresse https:// (http:// seulement pour cet ordinateur).</translation>
    </message>
    <message>
        <source>The window size &quot;%1&quot; is not between %2 and %3 pixels.</source>
        <translation>La taille de fenêtre « %1 » n&apos;est pas comprise entre %2 et %3 pixels.</translation>
    </message>
    <message>
        <source>Setting &quot;%1&quot; from your organization&apos;s configuration is not valid: %2 Ask your IT department to correct it.</source>
        <translation>Le paramètre « %1 » de la configuration de votre organisation n&apos;est pas valide : %2 Demandez à votre service informatique de le corriger.</translation>
    </message>
    <message>
        <source>Setting &quot;%1&quot; is not valid: %2</source>
        <translation>Le paramètre « %1 » n&apos;est pas valide : %2</translation>
    </message>
    <message>
        <source>The profile name is not valid: use 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>Le nom de profil n&apos;est pas valide : utilisez de 1 à 64 lettres, chiffres, « . », « _ » ou « - ».</translation>
    </message>
    <message>
        <source>The profile cannot be saved: %1</source>
        <translation>Le profil ne peut pas être enregistré : %1</translation>
    </message>
    <message>
        <source>These settings are managed by your organization and cannot be changed here: %1.</source>
        <translation>Ces paramètres sont gérés par votre organisation et ne peuvent pas être modifiés ici : %1.</translation>
    </message>
    <message>
        <source>The system-wide configuration could not be written to %1. It needs administrator (root) rights: run the command as an administrator.</source>
        <translation>La configuration système n&apos;a pas pu être écrite dans %1. Il faut des droits d&apos;administrateur (root) : lancez la commande en tant qu&apos;administrateur.</translation>
    </message>
    <message>
        <source>Your configuration could not be written to %1. Check that the folder exists and is writable.</source>
        <translation>Votre configuration n&apos;a pas pu être écrite dans %1. Vérifiez que le dossier existe et est accessible en écriture.</translation>
    </message>
</context>
<context>
    <name>ProfilesCommand</name>
    <message>
        <source>List the connection profiles.</source>
        <translation>Lister les profils de connexion.</translation>
    </message>
    <message>
        <source>No profile is configured. Create one with &quot;%1 configure --profile default --domain TENANT.auth0.com --client-id ID&quot;.</source>
        <translation>Aucun profil n&apos;est configuré. Créez-en un avec « %1 configure --profile default --domain TENANT.auth0.com --client-id ID ».</translation>
    </message>
    <message>
        <source>issuer:    %1</source>
        <translation>émetteur : %1</translation>
    </message>
    <message>
        <source>client id: %1</source>
        <translation>ID client : %1</translation>
    </message>
    <message>
        <source>audience:  %1</source>
        <translation>audience :  %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>managed:   %1</source>
        <translation>géré :      %1</translation>
    </message>
    <message>
        <source>problem:   %1</source>
        <translation>problème :  %1</translation>
    </message>
</context>
<context>
    <name>ProviderEndpoints</name>
    <message>
        <source>The server&apos;s discovery document names the issuer &quot;%1&quot;, but the profile expects &quot;%2&quot;. Check the issuer in the profile (a trailing &quot;/&quot; matters).</source>
        <translation>Le document de découverte du serveur nomme l&apos;émetteur « %1 », mais le profil attend « %2 ». Vérifiez l&apos;émetteur dans le profil (la barre oblique finale compte).</translation>
    </message>
    <message>
        <source>The server&apos;s discovery document has no &quot;%1&quot;.</source>
        <translation>Le document de découverte du serveur ne contient pas « %1 ».</translation>
    </message>
    <message>
        <source>The server&apos;s discovery document gives &quot;%1&quot; as &quot;%2&quot;, which is not an https:// address.</source>
        <translation>Le document de découverte du serveur indique « %2 » pour « %1 », qui n&apos;est pas une adresse https://.</translation>
    </message>
    <message>
        <source>The server does not support PKCE with S256, which this program requires.</source>
        <translation>Le serveur ne prend pas en charge PKCE avec S256, requis par ce programme.</translation>
    </message>
</context>
<context>
    <name>PurgeCommand</name>
    <message>
        <source>Forget every profile&apos;s stored sign-in for this user (used when uninstalling).</source>
        <translation>Oublier la connexion enregistrée de chaque profil pour cet utilisateur (utilisé à la désinstallation).</translation>
    </message>
    <message>
        <source>The keychain is not available: %1</source>
        <translation>Le trousseau n&apos;est pas disponible : %1</translation>
    </message>
    <message>
        <source>Not purged: %1. Unlock the keychain and run &quot;%2 purge&quot; again.</source>
        <translation>Non purgé : %1. Déverrouillez le trousseau et relancez « %2 purge ».</translation>
    </message>
    <message>
        <source>Nothing was stored.</source>
        <translation>Rien n&apos;était enregistré.</translation>
    </message>
    <message numerus="yes">
        <source>Forgot the stored sign-in of %n profile(s).</source>
        <translation>
            <numerusform>Connexion enregistrée oubliée pour %n profil.</numerusform>
            <numerusform>Connexion enregistrée oubliée pour %n profils.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RefreshCommand</name>
    <message>
        <source>Refresh the access token now.</source>
        <translation>Actualiser le jeton d&apos;accès maintenant.</translation>
    </message>
    <message>
        <source>Refreshed. The access token is valid until %1.</source>
        <translation>Actualisé. Le jeton d&apos;accès est valide jusqu&apos;au %1.</translation>
    </message>
</context>
<context>
    <name>RevocationClient</name>
    <message>
        <source>The sign-in server did not answer in time.</source>
        <translation>Le serveur de connexion n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <source>The sign-in server could not be reached: %1</source>
        <translation>Le serveur de connexion est injoignable : %1</translation>
    </message>
    <message>
        <source>The sign-in server refused to revoke the token (%1).</source>
        <translation>Le serveur de connexion a refusé de révoquer le jeton (%1).</translation>
    </message>
</context>
<context>
    <name>ServerChecks</name>
    <message>
        <source>The name %1 does not resolve (DNS): %2.</source>
        <translation>Le nom %1 ne se résout pas (DNS) : %2.</translation>
    </message>
    <message>
        <source>Check the spelling of the domain (Auth0: the application&apos;s &quot;Domain&quot; setting) and this computer&apos;s network or DNS.</source>
        <translation>Vérifiez l&apos;orthographe du domaine (Auth0 : le paramètre « Domain » de l&apos;application) ainsi que le réseau ou le DNS de cet ordinateur.</translation>
    </message>
    <message>
        <source>%1 resolves to %2 and answers over TLS.</source>
        <translation>%1 se résout en %2 et répond en TLS.</translation>
    </message>
    <message>
        <source>%1 answers (plain http, loopback only).</source>
        <translation>%1 répond (http simple, boucle locale uniquement).</translation>
    </message>
    <message>
        <source>The TLS connection to %1 failed: %2.</source>
        <translation>La connexion TLS à %1 a échoué : %2.</translation>
    </message>
    <message>
        <source>The certificate is not trusted here. A proxy that inspects TLS needs its root certificate installed on this computer; otherwise check the computer&apos;s date and the domain.</source>
        <translation>Le certificat n&apos;est pas reconnu ici. Un proxy qui inspecte le TLS doit avoir son certificat racine installé sur cet ordinateur ; sinon, vérifiez la date de l&apos;ordinateur et le domaine.</translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1 n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <source>Check the network, the firewall and the proxy settings; try again later.</source>
        <translation>Vérifiez le réseau, le pare-feu et les paramètres de proxy ; réessayez plus tard.</translation>
    </message>
    <message>
        <source>%1 refused the connection on port %2.</source>
        <translation>%1 a refusé la connexion sur le port %2.</translation>
    </message>
    <message>
        <source>Check the issuer&apos;s address and port; a firewall may be blocking it.</source>
        <translation>Vérifiez l&apos;adresse et le port de l&apos;émetteur ; un pare-feu le bloque peut-être.</translation>
    </message>
    <message>
        <source>%1 could not be reached: %2.</source>
        <translation>%1 est injoignable : %2.</translation>
    </message>
    <message>
        <source>Check the network and the proxy settings; try again later.</source>
        <translation>Vérifiez le réseau et les paramètres de proxy ; réessayez plus tard.</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 instead of the discovery document.</source>
        <translation>%1 a répondu HTTP %2 au lieu du document de découverte.</translation>
    </message>
    <message>
        <source>Check the issuer: for Auth0 it is https://&lt;your tenant domain&gt;/ (or your custom domain).</source>
        <translation>Vérifiez l&apos;émetteur : pour Auth0, c&apos;est https://&lt;domaine de votre locataire&gt;/ (ou votre domaine personnalisé).</translation>
    </message>
    <message>
        <source>%1 is not a JSON document.</source>
        <translation>%1 n&apos;est pas un document JSON.</translation>
    </message>
    <message>
        <source>Check the issuer; a proxy or captive portal may answer in its place.</source>
        <translation>Vérifiez l&apos;émetteur ; un proxy ou un portail captif répond peut-être à sa place.</translation>
    </message>
    <message>
        <source>The server calls itself &quot;%1&quot;, the profile says &quot;%2&quot;; they must match exactly, trailing slash included.</source>
        <translation>Le serveur se nomme « %1 », le profil indique « %2 » ; ils doivent correspondre exactement, barre oblique finale comprise.</translation>
    </message>
    <message>
        <source>Set the issuer to %1.</source>
        <translation>Réglez l&apos;émetteur sur %1.</translation>
    </message>
    <message>
        <source>The discovery document cannot be used: %1</source>
        <translation>Le document de découverte est inutilisable : %1</translation>
    </message>
    <message>
        <source>Check the tenant&apos;s custom domain and proxy configuration.</source>
        <translation>Vérifiez le domaine personnalisé du locataire et la configuration du proxy.</translation>
    </message>
    <message>
        <source>The discovery document is valid and its issuer matches the profile.</source>
        <translation>Le document de découverte est valide et son émetteur correspond au profil.</translation>
    </message>
    <message>
        <source>Not checked: no usable discovery document.</source>
        <translation>Non vérifié : aucun document de découverte utilisable.</translation>
    </message>
    <message>
        <source>The server does not list its PKCE methods. Auth0 supports S256 but does not always say so, so this is usually fine.</source>
        <translation>Le serveur n&apos;indique pas ses méthodes PKCE. Auth0 prend en charge S256 sans toujours le dire ; c&apos;est donc généralement sans problème.</translation>
    </message>
    <message>
        <source>Nothing to do for Auth0; another server must support S256.</source>
        <translation>Rien à faire pour Auth0 ; un autre serveur doit prendre en charge S256.</translation>
    </message>
    <message>
        <source>S256 is offered.</source>
        <translation>S256 est proposé.</translation>
    </message>
    <message>
        <source>The server offers only &quot;%1&quot;, not S256.</source>
        <translation>Le serveur ne propose que « %1 », pas S256.</translation>
    </message>
    <message>
        <source>Sign-in needs PKCE with S256; check that the issuer is your Auth0 tenant.</source>
        <translation>La connexion exige PKCE avec S256 ; vérifiez que l&apos;émetteur est bien votre locataire Auth0.</translation>
    </message>
    <message>
        <source>Not checked: the server sent no Date header.</source>
        <translation>Non vérifié : le serveur n&apos;a pas envoyé d&apos;en-tête Date.</translation>
    </message>
    <message numerus="yes">
        <source>This computer&apos;s clock is %n second(s) behind the server&apos;s.</source>
        <translation>
            <numerusform>L&apos;horloge de cet ordinateur retarde de %n seconde sur celle du serveur.</numerusform>
            <numerusform>L&apos;horloge de cet ordinateur retarde de %n secondes sur celle du serveur.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This computer&apos;s clock is %n second(s) ahead of the server&apos;s.</source>
        <translation>
            <numerusform>L&apos;horloge de cet ordinateur avance de %n seconde sur celle du serveur.</numerusform>
            <numerusform>L&apos;horloge de cet ordinateur avance de %n secondes sur celle du serveur.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tokens will look expired or not yet valid; fix the computer&apos;s clock (turn on automatic time).</source>
        <translation>Les jetons sembleront expirés ou pas encore valides ; corrigez l&apos;horloge de l&apos;ordinateur (activez l&apos;heure automatique).</translation>
    </message>
    <message>
        <source>Turn on automatic time on this computer before tokens start to look expired.</source>
        <translation>Activez l&apos;heure automatique sur cet ordinateur avant que les jetons ne semblent expirés.</translation>
    </message>
    <message numerus="yes">
        <source>The clocks agree (within %n second(s)).</source>
        <translation>
            <numerusform>Les horloges concordent (à %n seconde près).</numerusform>
            <numerusform>Les horloges concordent (à %n secondes près).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServerProbe</name>
    <message>
        <source>The server answered HTTP %1.</source>
        <translation>Le serveur a répondu HTTP %1.</translation>
    </message>
    <message>
        <source>The answer is not a JSON document.</source>
        <translation>La réponse n&apos;est pas un document JSON.</translation>
    </message>
</context>
<context>
    <name>SessionChecks</name>
    <message>
        <source>Signed in: a refresh token is stored in the keychain.</source>
        <translation>Connecté : un jeton d&apos;actualisation est enregistré dans le trousseau.</translation>
    </message>
    <message>
        <source>Not checked: this profile is not signed in.</source>
        <translation>Non vérifié : ce profil n&apos;est pas connecté.</translation>
    </message>
    <message>
        <source>Sign in first or pass --sign-in.</source>
        <translation>Connectez-vous d&apos;abord ou utilisez --sign-in.</translation>
    </message>
    <message>
        <source>The keychain could not be read: %1</source>
        <translation>Le trousseau n&apos;a pas pu être lu : %1</translation>
    </message>
    <message>
        <source>Unlock the keychain (log in to the desktop session) and run the doctor again.</source>
        <translation>Déverrouillez le trousseau (ouvrez la session de bureau) et relancez le doctor.</translation>
    </message>
    <message>
        <source>Signed in: the tenant issued a refresh token.</source>
        <translation>Connecté : le locataire a émis un jeton d&apos;actualisation.</translation>
    </message>
    <message>
        <source>The sign-in worked but the tenant issued no refresh token, so people would have to sign in again every hour.</source>
        <translation>La connexion a réussi mais le locataire n&apos;a émis aucun jeton d&apos;actualisation : il faudrait se reconnecter toutes les heures.</translation>
    </message>
    <message>
        <source>Enable &quot;Allow Offline Access&quot; on the API in Auth0 and request offline_access (the profile&apos;s scopes).</source>
        <translation>Activez « Allow Offline Access » sur l&apos;API dans Auth0 et demandez offline_access (les portées du profil).</translation>
    </message>
    <message>
        <source>Not checked: the sign-in was cancelled.</source>
        <translation>Non vérifié : la connexion a été annulée.</translation>
    </message>
    <message>
        <source>The sign-in failed: %1</source>
        <translation>La connexion a échoué : %1</translation>
    </message>
    <message>
        <source>Not checked: the tenant refuses the sign-in request (see above).</source>
        <translation>Non vérifié : le locataire refuse la demande de connexion (voir ci-dessus).</translation>
    </message>
    <message>
        <source>Fix the client id or redirect URI first.</source>
        <translation>Corrigez d&apos;abord l&apos;ID client ou l&apos;URI de redirection.</translation>
    </message>
    <message>
        <source>The refresh failed: %1</source>
        <translation>L&apos;actualisation a échoué : %1</translation>
    </message>
    <message>
        <source>Not checked: the refresh token could not be read back from the keychain.</source>
        <translation>Non vérifié : le jeton d&apos;actualisation n&apos;a pas pu être relu dans le trousseau.</translation>
    </message>
    <message>
        <source>Rotation on: the refresh gave a new refresh token (%1 → %2).</source>
        <translation>Rotation active : l&apos;actualisation a fourni un nouveau jeton d&apos;actualisation (%1 → %2).</translation>
    </message>
    <message>
        <source>Rotation off: the refresh kept the same refresh token (%1), so a stolen one stays usable until it expires.</source>
        <translation>Rotation inactive : l&apos;actualisation a gardé le même jeton d&apos;actualisation (%1) ; un jeton volé reste donc utilisable jusqu&apos;à son expiration.</translation>
    </message>
    <message>
        <source>Turn on &quot;Refresh Token Rotation&quot; in the application&apos;s settings in Auth0.</source>
        <translation>Activez « Refresh Token Rotation » dans les paramètres de l&apos;application dans Auth0.</translation>
    </message>
    <message>
        <source>Not checked: no access token at hand.</source>
        <translation>Non vérifié : aucun jeton d&apos;accès disponible.</translation>
    </message>
    <message>
        <source>Not checked: the access token is not a JWT (no audience requested?).</source>
        <translation>Non vérifié : le jeton d&apos;accès n&apos;est pas un JWT (aucune audience demandée ?).</translation>
    </message>
    <message>
        <source>Set the profile&apos;s audience to the API identifier in Auth0.</source>
        <translation>Réglez l&apos;audience du profil sur l&apos;identifiant de l&apos;API dans Auth0.</translation>
    </message>
    <message>
        <source>Not checked: the profile asks for no audience (the token is for &quot;%1&quot;).</source>
        <translation>Non vérifié : le profil ne demande aucune audience (le jeton est pour « %1 »).</translation>
    </message>
    <message>
        <source>The access token is for &quot;%1&quot;, as the profile asks.</source>
        <translation>Le jeton d&apos;accès est pour « %1 », comme le demande le profil.</translation>
    </message>
    <message>
        <source>The access token is for &quot;%1&quot;, but the profile asks for &quot;%2&quot;.</source>
        <translation>Le jeton d&apos;accès est pour « %1 », mais le profil demande « %2 ».</translation>
    </message>
    <message>
        <source>Request audience=%1 (sign in again after changing it) and check the API identifier in Auth0.</source>
        <translation>Demandez audience=%1 (reconnectez-vous après la modification) et vérifiez l&apos;identifiant de l&apos;API dans Auth0.</translation>
    </message>
    <message>
        <source>Not checked: no signed-in session.</source>
        <translation>Non vérifié : aucune session connectée.</translation>
    </message>
    <message>
        <source>Not checked here: this check uses the stored sign-in.</source>
        <translation>Non vérifié ici : cette vérification utilise la connexion enregistrée.</translation>
    </message>
    <message>
        <source>Save the profile, sign in, then run &quot;connector-signin doctor&quot;.</source>
        <translation>Enregistrez le profil, connectez-vous, puis lancez « connector-signin doctor ».</translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <source>&quot;%1&quot; cannot sign in yet: %2</source>
        <translation>« %1 » ne peut pas encore se connecter : %2</translation>
    </message>
    <message>
        <source>Waiting for you to sign in in the login window…</source>
        <translation>En attente de votre connexion dans la fenêtre de connexion…</translation>
    </message>
    <message>
        <source>Sign-in started</source>
        <translation>Connexion lancée</translation>
    </message>
    <message>
        <source>Signing out…</source>
        <translation>Déconnexion…</translation>
    </message>
    <message>
        <source>Signed out.</source>
        <translation>Déconnecté.</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>Actualisation…</translation>
    </message>
    <message>
        <source>Refreshed: the connection is good.</source>
        <translation>Actualisé : la connexion fonctionne.</translation>
    </message>
    <message>
        <source>Refreshing failed.</source>
        <translation>Échec de l&apos;actualisation.</translation>
    </message>
    <message>
        <source>Signed in.</source>
        <translation>Connecté.</translation>
    </message>
    <message>
        <source>Sign-in cancelled: the login window was closed.</source>
        <translation>Connexion annulée : la fenêtre de connexion a été fermée.</translation>
    </message>
    <message>
        <source>Sign-in failed.</source>
        <translation>Échec de la connexion.</translation>
    </message>
</context>
<context>
    <name>SignInCommand</name>
    <message>
        <source>Open the login window and sign in.</source>
        <translation>Ouvrez la fenêtre de connexion et connectez-vous.</translation>
    </message>
</context>
<context>
    <name>SignInFlow</name>
    <message>
        <source>A sign-in window for &quot;%1&quot; is already open. Finish or close it first.</source>
        <translation>Une fenêtre de connexion pour « %1 » est déjà ouverte. Terminez ou fermez-la d&apos;abord.</translation>
    </message>
    <message>
        <source>Sign-in cancelled.</source>
        <translation>Connexion annulée.</translation>
    </message>
    <message>
        <source>The sign-in could not be completed: %1</source>
        <translation>La connexion n&apos;a pas pu aboutir : %1</translation>
    </message>
    <message>
        <source>The tenant issued no refresh token, so you would have to sign in again every hour. Ask your administrator to enable &quot;Allow Offline Access&quot; on the API and to allow the offline_access scope for this application.</source>
        <translation>Le locataire n&apos;a émis aucun jeton d&apos;actualisation : vous devriez vous reconnecter toutes les heures. Demandez à votre administrateur d&apos;activer « Allow Offline Access » sur l&apos;API et d&apos;autoriser la portée offline_access pour cette application.</translation>
    </message>
    <message>
        <source>Signed in.</source>
        <translation>Connecté.</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Connecté en tant que %1.</translation>
    </message>
</context>
<context>
    <name>SignOut</name>
    <message>
        <source>You were not signed in to &quot;%1&quot;.</source>
        <translation>Vous n&apos;étiez pas connecté à « %1 ».</translation>
    </message>
    <message>
        <source>Signed out of &quot;%1&quot;.</source>
        <translation>Déconnecté de « %1 ».</translation>
    </message>
    <message>
        <source>Signed out on this computer. The sign-in server could not be told (%1); the sign-in there ends when it expires.</source>
        <translation>Déconnecté sur cet ordinateur. Le serveur de connexion n&apos;a pas pu être prévenu (%1) ; la connexion y prendra fin à son expiration.</translation>
    </message>
</context>
<context>
    <name>SignOutCommand</name>
    <message>
        <source>Sign out: revoke the sign-in at the server and forget it here.</source>
        <translation>Se déconnecter : révoquer la connexion auprès du serveur et l&apos;oublier ici.</translation>
    </message>
</context>
<context>
    <name>StatePill</name>
    <message>
        <source>State: %1</source>
        <translation>État : %1</translation>
    </message>
</context>
<context>
    <name>StatusCommand</name>
    <message>
        <source>Show the sign-in state of every profile (or of one).</source>
        <translation>Afficher l&apos;état de connexion de chaque profil (ou d&apos;un seul).</translation>
    </message>
    <message>
        <source>No profile is configured. Create one with &quot;connector-signin configure&quot;.</source>
        <translation>Aucun profil n&apos;est configuré. Créez-en un avec « connector-signin configure ».</translation>
    </message>
</context>
<context>
    <name>SystemInfo</name>
    <message>
        <source>%1 (not present)</source>
        <translation>%1 (absent)</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Qt</source>
        <translation>Qt</translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <translation>%1 (compilé avec %2)</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Système d&apos;exploitation</translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation>Noyau</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Architecture</translation>
    </message>
    <message>
        <source>%1 (build ABI %2)</source>
        <translation>%1 (ABI de compilation %2)</translation>
    </message>
    <message>
        <source>Locale</source>
        <translation>Paramètres régionaux</translation>
    </message>
    <message>
        <source>%1; languages %2</source>
        <translation>%1 ; langues %2</translation>
    </message>
    <message>
        <source>Time zone offset</source>
        <translation>Décalage du fuseau horaire</translation>
    </message>
    <message>
        <source>%1 s from UTC</source>
        <translation>%1 s par rapport à UTC</translation>
    </message>
    <message>
        <source>Profiles, user</source>
        <translation>Profils, utilisateur</translation>
    </message>
    <message>
        <source>Profiles, system (managed)</source>
        <translation>Profils, système (gérés)</translation>
    </message>
    <message>
        <source>Session state</source>
        <translation>État de session</translation>
    </message>
    <message>
        <source>Discovery cache</source>
        <translation>Cache de découverte</translation>
    </message>
    <message>
        <source>Lock files</source>
        <translation>Fichiers de verrou</translation>
    </message>
    <message>
        <source>Windows Credential Manager</source>
        <translation>Gestionnaire d&apos;identification Windows</translation>
    </message>
    <message>
        <source>macOS Keychain</source>
        <translation>Trousseau macOS</translation>
    </message>
    <message>
        <source>Secret Service (org.freedesktop.secrets) on the session D-Bus</source>
        <translation>Secret Service (org.freedesktop.secrets) sur le D-Bus de session</translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation>Trousseau</translation>
    </message>
    <message>
        <source>%1, through QtKeychain; no plain-text fallback</source>
        <translation>%1, via QtKeychain ; pas de repli en texte clair</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(non défini)</translation>
    </message>
    <message>
        <source> (with credentials, not shown)</source>
        <translation> (avec identifiants, non affichés)</translation>
    </message>
    <message>
        <source>Proxy for %1</source>
        <translation>Proxy pour %1</translation>
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
        <translation>dans %1</translation>
    </message>
    <message>
        <source>expired %1 ago</source>
        <translation>expiré il y a %1</translation>
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
        <translation>Le serveur de connexion a refusé la demande (%1).</translation>
    </message>
    <message>
        <source>The sign-in server did not answer in time.</source>
        <translation>Le serveur de connexion n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <source>The sign-in server could not be reached.</source>
        <translation>Le serveur de connexion est injoignable.</translation>
    </message>
    <message>
        <source>The sign-in server sent an answer that could not be read.</source>
        <translation>Le serveur de connexion a envoyé une réponse illisible.</translation>
    </message>
    <message>
        <source>The sign-in server had a temporary problem.</source>
        <translation>Le serveur de connexion a rencontré un problème temporaire.</translation>
    </message>
    <message>
        <source>The sign-in server is busy (too many requests).</source>
        <translation>Le serveur de connexion est surchargé (trop de demandes).</translation>
    </message>
    <message>
        <source>The token endpoint redirected the request; check the issuer in the profile.</source>
        <translation>Le point de terminaison des jetons a redirigé la demande ; vérifiez l&apos;émetteur dans le profil.</translation>
    </message>
    <message>
        <source>The sign-in request failed (%1).</source>
        <translation>La demande de connexion a échoué (%1).</translation>
    </message>
</context>
<context>
    <name>TokenCommand</name>
    <message>
        <source>Print a valid access token, refreshing it if needed.</source>
        <translation>Afficher un jeton d&apos;accès valide, en l&apos;actualisant si nécessaire.</translation>
    </message>
    <message>
        <source>Refresh when the token is valid for less than this many seconds (default %1).</source>
        <translation>Actualiser si le jeton est valide moins de ce nombre de secondes (par défaut %1).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>secondes</translation>
    </message>
    <message>
        <source>--min-valid takes a number of seconds from 0 to 86400, not &quot;%1&quot;.</source>
        <translation>--min-valid attend un nombre de secondes de 0 à 86400, pas « %1 ».</translation>
    </message>
</context>
<context>
    <name>TokenInspection</name>
    <message>
        <source>(not in the token)</source>
        <translation>(absent du jeton)</translation>
    </message>
    <message>
        <source>%1 (UTC %2)</source>
        <translation>%1 (UTC %2)</translation>
    </message>
    <message>
        <source>Subject (from sign-in)</source>
        <translation>Sujet (de la connexion)</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(inconnu)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Jeton d&apos;accès</translation>
    </message>
    <message>
        <source>None in this program&apos;s memory yet: sign in or refresh first.</source>
        <translation>Aucun en mémoire dans ce programme pour l&apos;instant : connectez-vous ou actualisez d&apos;abord.</translation>
    </message>
    <message>
        <source>Opaque (not a JWT): it has no claims to show. Set an audience to get a JWT.</source>
        <translation>Opaque (pas un JWT) : il n&apos;a aucune revendication à afficher. Définissez une audience pour obtenir un JWT.</translation>
    </message>
    <message>
        <source>JWT (signature not shown)</source>
        <translation>JWT (signature non affichée)</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Émetteur</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Audience</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Portées</translation>
    </message>
    <message>
        <source>Authorized party</source>
        <translation>Partie autorisée</translation>
    </message>
    <message>
        <source>Issued at</source>
        <translation>Émis le</translation>
    </message>
    <message>
        <source>Expires at</source>
        <translation>Expire le</translation>
    </message>
</context>
<context>
    <name>TokenInspectorDialog</name>
    <message>
        <source>Token inspector — %1</source>
        <translation>Inspecteur de jetons — %1</translation>
    </message>
    <message>
        <source>Token claims</source>
        <translation>Revendications du jeton</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Revendication</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
</context>
<context>
    <name>TokenRefresher</name>
    <message>
        <source>Another program is refreshing this sign-in and has not finished. Try again in a minute.</source>
        <translation>Un autre programme actualise cette connexion et n&apos;a pas terminé. Réessayez dans une minute.</translation>
    </message>
    <message>
        <source>You are not signed in to &quot;%1&quot;. Sign in first.</source>
        <translation>Vous n&apos;êtes pas connecté à « %1 ». Connectez-vous d&apos;abord.</translation>
    </message>
    <message>
        <source>Your sign-in has expired or was revoked (%1). Sign in again.</source>
        <translation>Votre connexion a expiré ou a été révoquée (%1). Reconnectez-vous.</translation>
    </message>
    <message>
        <source>The tenant refused this program&apos;s request (%1: %2). Check the profile&apos;s client id and tenant.</source>
        <translation>Le locataire a refusé la demande de ce programme (%1 : %2). Vérifiez l&apos;ID client et le locataire du profil.</translation>
    </message>
    <message>
        <source>Could not reach the sign-in server (%1). Your sign-in is kept; it will be tried again.</source>
        <translation>Impossible de joindre le serveur de connexion (%1). Votre connexion est conservée ; une nouvelle tentative aura lieu.</translation>
    </message>
    <message>
        <source>The renewed sign-in could not be saved in the keychain (%1). Sign in again.</source>
        <translation>La connexion renouvelée n&apos;a pas pu être enregistrée dans le trousseau (%1). Reconnectez-vous.</translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <source>&amp;Open Connector Sign-In</source>
        <translation>&amp;Ouvrir Connector Sign-In</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Se connecter</translation>
    </message>
    <message>
        <source>&amp;Refresh now</source>
        <translation>&amp;Actualiser maintenant</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Connector Sign-In</source>
        <translation>Connector Sign-In</translation>
    </message>
    <message>
        <source>Connector Sign-In — %1: %2</source>
        <translation>Connector Sign-In — %1 : %2</translation>
    </message>
    <message>
        <source>Connector Sign-In — not set up</source>
        <translation>Connector Sign-In — non configuré</translation>
    </message>
    <message>
        <source>Sign-in needed</source>
        <translation>Connexion requise</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs you to sign in again. Open Connector Sign-In to do it.</source>
        <translation>« %1 » vous demande de vous reconnecter. Ouvrez Connector Sign-In pour le faire.</translation>
    </message>
</context>
</TS>
