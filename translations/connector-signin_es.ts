<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AuthorizeCheck</name>
    <message>
        <source>The tenant does not know the client id &quot;%1&quot; (unknown client): %2</source>
        <translation>El inquilino no conoce el ID de cliente «%1» (cliente desconocido): %2</translation>
    </message>
    <message>
        <source>Copy the Client ID from the application&apos;s settings in the Auth0 dashboard into the profile.</source>
        <translation>Copie el ID de cliente de la configuración de la aplicación en el panel de Auth0 al perfil.</translation>
    </message>
    <message>
        <source>The tenant refuses the redirect URI %1 (callback URL mismatch): %2</source>
        <translation>El inquilino rechaza el URI de redirección %1 (la URL de devolución no coincide): %2</translation>
    </message>
    <message>
        <source>Add %1 to the application&apos;s &quot;Allowed Callback URLs&quot; in Auth0, or correct the profile&apos;s redirect URI.</source>
        <translation>Añada %1 a las «Allowed Callback URLs» de la aplicación en Auth0, o corrija el URI de redirección del perfil.</translation>
    </message>
    <message>
        <source>The tenant refuses the sign-in request: %1</source>
        <translation>El inquilino rechaza la solicitud de inicio de sesión: %1</translation>
    </message>
    <message>
        <source>Check the application in Auth0: it must be a &quot;Native&quot; application with the Authorization Code grant enabled.</source>
        <translation>Revise la aplicación en Auth0: debe ser una aplicación «Native» con la concesión Authorization Code habilitada.</translation>
    </message>
    <message>
        <source>The authorize endpoint did not answer: %1</source>
        <translation>El punto de conexión de autorización no respondió: %1</translation>
    </message>
    <message>
        <source>timeout</source>
        <translation>tiempo de espera agotado</translation>
    </message>
    <message>
        <source>Check the network and try again.</source>
        <translation>Compruebe la red y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The tenant accepts the client id and the redirect URI (it leads to its login page).</source>
        <translation>El inquilino acepta el ID de cliente y el URI de redirección (lleva a su página de inicio de sesión).</translation>
    </message>
    <message>
        <source>The tenant accepts the client id and the redirect URI (HTTP %1).</source>
        <translation>El inquilino acepta el ID de cliente y el URI de redirección (HTTP %1).</translation>
    </message>
</context>
<context>
    <name>Callback</name>
    <message>
        <source>Signed in; finishing the sign-in.</source>
        <translation>Sesión iniciada; finalizando el inicio de sesión.</translation>
    </message>
    <message>
        <source>Sign-in was cancelled or access was denied.</source>
        <translation>Se canceló el inicio de sesión o se denegó el acceso.</translation>
    </message>
    <message>
        <source>The sign-in server refused the sign-in (%1).</source>
        <translation>El servidor de inicio de sesión rechazó el inicio de sesión (%1).</translation>
    </message>
    <message>
        <source>The sign-in server refused the sign-in: %1 (%2)</source>
        <translation>El servidor de inicio de sesión rechazó el inicio de sesión: %1 (%2)</translation>
    </message>
    <message>
        <source>The sign-in page went to an unexpected address. Check the redirect URI in the profile and in the Auth0 application.</source>
        <translation>La página de inicio de sesión fue a una dirección inesperada. Compruebe el URI de redirección en el perfil y en la aplicación de Auth0.</translation>
    </message>
    <message>
        <source>The sign-in response did not belong to this sign-in attempt and was ignored. Please sign in again.</source>
        <translation>La respuesta no correspondía a este intento de inicio de sesión y se ignoró. Vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>The sign-in server sent an incomplete or malformed response. Please sign in again.</source>
        <translation>El servidor de inicio de sesión envió una respuesta incompleta o mal formada. Vuelva a iniciar sesión.</translation>
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
        <translation>Uso: %1 %2 %3</translation>
    </message>
    <message>
        <source>%1: unexpected argument &quot;%2&quot;</source>
        <translation>%1: argumento inesperado «%2»</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Comando desconocido «%1».</translation>
    </message>
    <message>
        <source>Usage: %1 [command] [options]</source>
        <translation>Uso: %1 [comando] [opciones]</translation>
    </message>
    <message>
        <source>Without a command, opens the main window.</source>
        <translation>Sin comando, abre la ventana principal.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Comandos:</translation>
    </message>
    <message>
        <source>Run &quot;%1 &lt;command&gt; --help&quot; for the options of a command.</source>
        <translation>Ejecute «%1 &lt;comando&gt; --help» para ver las opciones de un comando.</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 2 usage or configuration error, 3 sign-in required, 4 keychain unavailable or locked, 5 network or server error, 6 sign-in cancelled.</source>
        <translation>Códigos de salida: 0 éxito, 2 error de uso o de configuración, 3 inicio de sesión necesario, 4 llavero no disponible o bloqueado, 5 error de red o del servidor, 6 inicio de sesión cancelado.</translation>
    </message>
    <message>
        <source>Unknown profile &quot;%1&quot;.</source>
        <translation>Perfil desconocido «%1».</translation>
    </message>
    <message>
        <source>No profile is configured. Create one with: connector-signin configure --profile %1 --domain TENANT.auth0.com --client-id CLIENT_ID</source>
        <translation>No hay ningún perfil configurado. Cree uno con: connector-signin configure --profile %1 --domain TENANT.auth0.com --client-id CLIENT_ID</translation>
    </message>
    <message>
        <source>Known profiles: %1</source>
        <translation>Perfiles existentes: %1</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; cannot be used:</source>
        <translation>No se puede usar el perfil «%1»:</translation>
    </message>
    <message>
        <source>The window program could not be started (%1): %2</source>
        <translation>No se pudo iniciar la ventana de estado (%1): %2</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>The connection profile to use (default: &quot;%1&quot;).</source>
        <translation>El perfil de conexión que se usará (predeterminado: «%1»).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>Print JSON for scripts.</source>
        <translation>Imprimir JSON para scripts.</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Profile %1: %2</source>
        <translation>Perfil %1: %2</translation>
    </message>
    <message>
        <source>Tenant: %1</source>
        <translation>Inquilino: %1</translation>
    </message>
    <message>
        <source>Client: %1</source>
        <translation>Cliente: %1</translation>
    </message>
    <message>
        <source>User: %1 &lt;%2&gt;</source>
        <translation>Usuario: %1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Access token expires: %1</source>
        <translation>El token de acceso caduca: %1</translation>
    </message>
    <message>
        <source>Refresh token: stored (fingerprint %1)</source>
        <translation>Token de actualización: guardado (huella %1)</translation>
    </message>
    <message>
        <source>Next refresh: %1</source>
        <translation>Próxima actualización: %1</translation>
    </message>
    <message>
        <source>Last refresh: %1 (%2)</source>
        <translation>Última actualización: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>ConfigureCommand</name>
    <message>
        <source>Set up or remove a connection profile.</source>
        <translation>Configurar o quitar un perfil de conexión.</translation>
    </message>
    <message>
        <source>--profile P (--issuer URL | --domain HOST) --client-id ID [--audience A] [--scope S]... [--redirect-uri U] [--window-size WxH] [--system] | --profile P --remove [--system]</source>
        <translation>--profile P (--issuer URL | --domain HOST) --client-id ID [--audience A] [--scope S]... [--redirect-uri U] [--window-size AxA] [--system] | --profile P --remove [--system]</translation>
    </message>
    <message>
        <source>The issuer URL, e.g. https://tenant.eu.auth0.com/ (a bare domain means https).</source>
        <translation>La URL del emisor, p. ej. https://tenant.eu.auth0.com/ (un dominio solo significa https).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>The Auth0 domain, e.g. tenant.eu.auth0.com.</source>
        <translation>El dominio de Auth0, p. ej. tenant.eu.auth0.com.</translation>
    </message>
    <message>
        <source>host</source>
        <translation>host</translation>
    </message>
    <message>
        <source>The application&apos;s client ID from the Auth0 dashboard.</source>
        <translation>El ID de cliente de la aplicación, del panel de Auth0.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>The API identifier (audience) to ask tokens for.</source>
        <translation>El identificador de la API (audience) para la que se piden tokens.</translation>
    </message>
    <message>
        <source>audience</source>
        <translation>audience</translation>
    </message>
    <message>
        <source>A scope to ask for; repeat the option or separate scopes with spaces (default: %1).</source>
        <translation>Un ámbito que pedir; repita la opción o separe los ámbitos con espacios (predeterminado: %1).</translation>
    </message>
    <message>
        <source>scope</source>
        <translation>ámbito</translation>
    </message>
    <message>
        <source>The redirect URI registered in Auth0 (default: %1).</source>
        <translation>El URI de redirección registrado en Auth0 (predeterminado: %1).</translation>
    </message>
    <message>
        <source>uri</source>
        <translation>uri</translation>
    </message>
    <message>
        <source>The login window size, e.g. 1200x1000.</source>
        <translation>El tamaño de la ventana de inicio de sesión, p. ej. 1200x1000.</translation>
    </message>
    <message>
        <source>WxH</source>
        <translation>AxA</translation>
    </message>
    <message>
        <source>Write the system-wide, managed configuration (needs administrator rights).</source>
        <translation>Escribir la configuración administrada para todo el sistema (requiere permisos de administrador).</translation>
    </message>
    <message>
        <source>Remove the profile (and, for your own profiles, the sign-in stored for it).</source>
        <translation>Quitar el perfil (y, en sus propios perfiles, el inicio de sesión guardado).</translation>
    </message>
    <message>
        <source>--profile: &quot;%1&quot; is not a valid profile name: use 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>--profile: «%1» no es un nombre de perfil válido: use de 1 a 64 letras, dígitos, «.», «_» o «-».</translation>
    </message>
    <message>
        <source>Give exactly one of --issuer URL or --domain HOST, for example --domain tenant.eu.auth0.com.</source>
        <translation>Indique exactamente una de las opciones --issuer URL o --domain HOST, por ejemplo --domain tenant.eu.auth0.com.</translation>
    </message>
    <message>
        <source>--client-id is required: copy the client ID from the application&apos;s settings in the Auth0 dashboard.</source>
        <translation>--client-id es obligatorio: copie el ID de cliente de la configuración de la aplicación en el panel de Auth0.</translation>
    </message>
    <message>
        <source>--domain: give only the host name, such as tenant.eu.auth0.com; use --issuer for a URL.</source>
        <translation>--domain: indique solo el nombre de host, como tenant.eu.auth0.com; use --issuer para una URL.</translation>
    </message>
    <message>
        <source>--window-size: &quot;%1&quot; is not WIDTHxHEIGHT, e.g. 1200x1000.</source>
        <translation>--window-size: «%1» no tiene el formato ANCHOxALTO, p. ej. 1200x1000.</translation>
    </message>
    <message>
        <source>--system: the system-wide configuration cannot be written here. Run the command as an administrator (root), or leave out --system to configure only your own account.</source>
        <translation>--system: aquí no se puede escribir la configuración del sistema. Ejecute el comando como administrador (root) u omita --system para configurar solo su propia cuenta.</translation>
    </message>
    <message>
        <source>Leave these options out, or ask your IT department to change them.</source>
        <translation>Omita estas opciones o pida a su departamento de TI que las cambie.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; saved in the system-wide configuration (%2).</source>
        <translation>Perfil «%1» guardado en la configuración del sistema (%2).</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; saved (%2).</source>
        <translation>Perfil «%1» guardado (%2).</translation>
    </message>
    <message>
        <source>--remove: --%1 cannot be combined with --remove.</source>
        <translation>--remove: --%1 no se puede combinar con --remove.</translation>
    </message>
    <message>
        <source>--profile: there is no profile named &quot;%1&quot;. Run &quot;%2 profiles&quot; to list them.</source>
        <translation>--profile: no hay ningún perfil llamado «%1». Ejecute «%2 profiles» para verlos.</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; is not in the system-wide configuration.</source>
        <translation>El perfil «%1» no está en la configuración del sistema.</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; is managed by your organization: only an administrator can remove it, with --system.</source>
        <translation>El perfil «%1» lo administra su organización: solo un administrador puede quitarlo, con --system.</translation>
    </message>
    <message>
        <source>--system: the system-wide configuration cannot be changed here. Run the command as an administrator (root).</source>
        <translation>--system: aquí no se puede cambiar la configuración del sistema. Ejecute el comando como administrador (root).</translation>
    </message>
    <message>
        <source>The sign-in stored for &quot;%1&quot; could not be deleted: %2 Nothing was removed; try again.</source>
        <translation>No se pudo eliminar el inicio de sesión guardado para «%1»: %2 No se quitó nada; vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; could not be removed: the configuration file is not writable.</source>
        <translation>No se pudo quitar el perfil «%1»: no se puede escribir en el archivo de configuración.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; removed.</source>
        <translation>Perfil «%1» quitado.</translation>
    </message>
</context>
<context>
    <name>ConnectorBuilderDialog</name>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <source>&amp;Build</source>
        <translation>&amp;Generar</translation>
    </message>
    <message>
        <source>&amp;Install into Power BI Desktop</source>
        <translation>&amp;Instalar en Power BI Desktop</translation>
    </message>
    <message>
        <source>Build Power BI connector</source>
        <translation>Generar el conector de Power BI</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Connector name</source>
        <translation>Nombre del conector</translation>
    </message>
    <message>
        <source>e.g. Contoso</source>
        <translation>p. ej., Contoso</translation>
    </message>
    <message>
        <source>Connector name problem</source>
        <translation>Problema con el nombre del conector</translation>
    </message>
    <message>
        <source>Output file</source>
        <translation>Archivo de salida</translation>
    </message>
    <message>
        <source>Choose the output file</source>
        <translation>Elegir el archivo de salida</translation>
    </message>
    <message>
        <source>Build the connector</source>
        <translation>Generar el conector</translation>
    </message>
    <message>
        <source>Install the connector into Power BI Desktop</source>
        <translation>Instalar el conector en Power BI Desktop</translation>
    </message>
    <message>
        <source>Power BI Desktop runs on Windows: build the .mez here and copy it to [Documents]\Power BI Desktop\Custom Connectors on the Windows machine.</source>
        <translation>Power BI Desktop funciona en Windows: genere aquí el archivo .mez y cópielo a [Documentos]\Power BI Desktop\Custom Connectors en el equipo Windows.</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Power BI Desktop security setting</source>
        <translation>Configuración de seguridad de Power BI Desktop</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Perfil:</translation>
    </message>
    <message>
        <source>Connector &amp;name:</source>
        <translation>&amp;Nombre del conector:</translation>
    </message>
    <message>
        <source>&amp;Output file:</source>
        <translation>Archivo de &amp;salida:</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot name a connector. %2</source>
        <translation>«%1» no puede ser el nombre de un conector. %2</translation>
    </message>
    <message>
        <source>Save the connector</source>
        <translation>Guardar el conector</translation>
    </message>
    <message>
        <source>Power BI connectors (*.mez)</source>
        <translation>Conectores de Power BI (*.mez)</translation>
    </message>
    <message>
        <source>There is no profile &quot;%1&quot;.</source>
        <translation>No existe el perfil «%1».</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; needs an issuer and a client id first.</source>
        <translation>El perfil «%1» necesita primero un emisor y un ID de cliente.</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>Escrito %1</translation>
    </message>
    <message>
        <source>Power BI Desktop runs on Windows: there is no Custom Connectors folder here.</source>
        <translation>Power BI Desktop funciona en Windows: aquí no hay carpeta Custom Connectors.</translation>
    </message>
    <message>
        <source>Cannot create the folder &quot;%1&quot;.</source>
        <translation>No se puede crear la carpeta «%1».</translation>
    </message>
    <message>
        <source>Installed %1</source>
        <translation>Instalado %1</translation>
    </message>
    <message>
        <source>Not built: %1</source>
        <translation>No generado: %1</translation>
    </message>
</context>
<context>
    <name>ConnectorCommand</name>
    <message>
        <source>Build or install the Power BI custom connector (.mez) for a profile.</source>
        <translation>Crear o instalar el conector personalizado de Power BI (.mez) de un perfil.</translation>
    </message>
    <message>
        <source>The connector&apos;s data source kind, an M identifier (e.g. Contoso).</source>
        <translation>El tipo de origen de datos del conector, un identificador M (p. ej. Contoso).</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>KIND</translation>
    </message>
    <message>
        <source>build: the .mez file (default ./KIND.mez). install: the folder (default: Power BI Desktop&apos;s Custom Connectors folder).</source>
        <translation>build: el archivo .mez (predeterminado ./KIND.mez). install: la carpeta (predeterminada: la carpeta Custom Connectors de Power BI Desktop).</translation>
    </message>
    <message>
        <source>path</source>
        <translation>ruta</translation>
    </message>
    <message>
        <source>build: also write the M section document for review.</source>
        <translation>build: escribir también el documento de sección M para revisarlo.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>connector: say &quot;build&quot; or &quot;install&quot;.</source>
        <translation>connector: indique «build» o «install».</translation>
    </message>
    <message>
        <source>Usage: %1 connector %2</source>
        <translation>Uso: %1 connector %2</translation>
    </message>
    <message>
        <source>connector: --name KIND is required.</source>
        <translation>connector: --name KIND es obligatorio.</translation>
    </message>
    <message>
        <source>connector: &quot;%1&quot; cannot name a connector.</source>
        <translation>connector: «%1» no puede ser el nombre de un conector.</translation>
    </message>
    <message>
        <source>connector: --pq goes with &quot;build&quot;.</source>
        <translation>connector: --pq va con «build».</translation>
    </message>
    <message>
        <source>There is no profile &quot;%1&quot;. Create it with &quot;%2 configure&quot;.</source>
        <translation>No existe el perfil «%1». Créelo con «%2 configure».</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; needs an issuer and a client id first.</source>
        <translation>El perfil «%1» necesita primero un emisor y un ID de cliente.</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;.</source>
        <translation>No se puede escribir «%1».</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>Escrito %1</translation>
    </message>
    <message>
        <source>Power BI Desktop runs on Windows: there is no Custom Connectors folder here. Writing the connector to the current folder; copy it to [Documents]\Power BI Desktop\Custom Connectors on the Windows machine.</source>
        <translation>Power BI Desktop funciona en Windows: aquí no hay carpeta Custom Connectors. El conector se escribe en la carpeta actual; cópielo a [Documentos]\Power BI Desktop\Custom Connectors en el equipo Windows.</translation>
    </message>
    <message>
        <source>Cannot create the folder &quot;%1&quot;.</source>
        <translation>No se puede crear la carpeta «%1».</translation>
    </message>
    <message>
        <source>Installed %1</source>
        <translation>Instalado %1</translation>
    </message>
    <message>
        <source>Power BI Desktop loads an unsigned connector only when File &gt; Options and settings &gt; Options &gt; Security &gt; Data Extensions is set to &quot;Allow any extension to load without validation or warning&quot;. Restart Power BI Desktop to pick up the connector.</source>
        <translation>Power BI Desktop solo carga un conector sin firmar si en Archivo &gt; Opciones y configuración &gt; Opciones &gt; Seguridad &gt; Extensiones de datos está seleccionado «Permitir que se cargue cualquier extensión sin validación ni advertencia». Reinicie Power BI Desktop para que cargue el conector.</translation>
    </message>
</context>
<context>
    <name>ConnectorDocument</name>
    <message>
        <source>A connector name starts with a letter or &quot;_&quot;, continues with letters, digits or &quot;_&quot; (at most %1 characters), and is not an M keyword such as &quot;let&quot;.</source>
        <translation>El nombre de un conector empieza por una letra o «_», sigue con letras, dígitos o «_» (como máximo %1 caracteres) y no es una palabra clave de M como «let».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot name a connector. %2</source>
        <translation>«%1» no puede ser el nombre de un conector. %2</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; has no client id.</source>
        <translation>El perfil «%1» no tiene ID de cliente.</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; has no usable issuer.</source>
        <translation>El perfil «%1» no tiene un emisor utilizable.</translation>
    </message>
    <message>
        <source>The connector template is missing from this build.</source>
        <translation>Falta la plantilla del conector en esta compilación.</translation>
    </message>
    <message>
        <source>Connect to %1 with your organisation&apos;s sign-in</source>
        <translation>Conectarse a %1 con el inicio de sesión de su organización</translation>
    </message>
    <message>
        <source>The connector template uses an unknown value &quot;%1&quot;.</source>
        <translation>La plantilla del conector usa un valor desconocido «%1».</translation>
    </message>
</context>
<context>
    <name>DiagnosticsCommand</name>
    <message>
        <source>Print a report for support (no tokens in it).</source>
        <translation>Imprimir un informe para soporte (sin tokens).</translation>
    </message>
    <message>
        <source>Report only this profile (default: every profile).</source>
        <translation>Informar solo de este perfil (predeterminado: todos los perfiles).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>Write the report to this file instead of the output.</source>
        <translation>Escribir el informe en este archivo en lugar de en la salida.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>--profile: there is no profile named &quot;%1&quot;. Run &quot;%2 profiles&quot; to list them.</source>
        <translation>--profile: no hay ningún perfil llamado «%1». Ejecute «%2 profiles» para verlos.</translation>
    </message>
    <message>
        <source>--output: the report could not be written to %1: %2</source>
        <translation>--output: no se pudo escribir el informe en %1: %2</translation>
    </message>
    <message>
        <source>Diagnostics written to %1.</source>
        <translation>Diagnóstico escrito en %1.</translation>
    </message>
</context>
<context>
    <name>DiagnosticsReport</name>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>%1 (in %2 s)</source>
        <translation>%1 (en %2 s)</translation>
    </message>
    <message>
        <source>%1 (%2 s ago)</source>
        <translation>%1 (hace %2 s)</translation>
    </message>
    <message>
        <source>Connector Sign-In diagnostics</source>
        <translation>Diagnóstico de Connector Sign-In</translation>
    </message>
    <message>
        <source>Generated %1. Tokens are never included; only their fingerprints (first 8 hex digits of SHA-256).</source>
        <translation>Generado el %1. Nunca se incluyen tokens; solo sus huellas (los primeros 8 dígitos hexadecimales de SHA-256).</translation>
    </message>
    <message>
        <source>Program and system</source>
        <translation>Programa y sistema</translation>
    </message>
    <message>
        <source>Settings files</source>
        <translation>Archivos de configuración</translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation>Llavero</translation>
    </message>
    <message>
        <source>Logging</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Perfiles</translation>
    </message>
    <message>
        <source>No profile is configured.</source>
        <translation>No hay ningún perfil configurado.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;</source>
        <translation>Perfil «%1»</translation>
    </message>
    <message>
        <source>%1 (managed)</source>
        <translation>%1 (administrado)</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Emisor</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>ID de cliente</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Audience</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Ámbitos</translation>
    </message>
    <message>
        <source>Redirect URI</source>
        <translation>URI de redirección</translation>
    </message>
    <message>
        <source>Login window</source>
        <translation>Ventana de inicio de sesión</translation>
    </message>
    <message>
        <source>%1x%2%3</source>
        <translation>%1x%2%3</translation>
    </message>
    <message>
        <source> (managed)</source>
        <translation> (administrado)</translation>
    </message>
    <message>
        <source>Managed fields</source>
        <translation>Campos administrados</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Sign-in server</source>
        <translation>Servidor de inicio de sesión</translation>
    </message>
    <message>
        <source>Not contacted: the profile has no valid issuer.</source>
        <translation>No contactado: el perfil no tiene un emisor válido.</translation>
    </message>
    <message>
        <source>Discovery document</source>
        <translation>Documento de descubrimiento</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>no answer after %1 ms: %2</source>
        <translation>sin respuesta tras %1 ms: %2</translation>
    </message>
    <message>
        <source>HTTP %1 in %2 ms</source>
        <translation>HTTP %1 en %2 ms</translation>
    </message>
    <message>
        <source>Issuer in document</source>
        <translation>Emisor en el documento</translation>
    </message>
    <message>
        <source>%1 (matches)</source>
        <translation>%1 (coincide)</translation>
    </message>
    <message>
        <source>%1 (DOES NOT match the configured %2)</source>
        <translation>%1 (NO coincide con el %2 configurado)</translation>
    </message>
    <message>
        <source>Document refused</source>
        <translation>Documento rechazado</translation>
    </message>
    <message>
        <source>PKCE S256 offered</source>
        <translation>PKCE S256 ofrecido</translation>
    </message>
    <message>
        <source>not listed (Auth0 supports it without saying so)</source>
        <translation>no indicado (Auth0 lo admite sin decirlo)</translation>
    </message>
    <message>
        <source>offline_access offered</source>
        <translation>offline_access ofrecido</translation>
    </message>
    <message>
        <source>not listed</source>
        <translation>no indicado</translation>
    </message>
    <message>
        <source>Clock skew</source>
        <translation>Desfase del reloj</translation>
    </message>
    <message>
        <source>unknown (the server sent no Date header)</source>
        <translation>desconocido (el servidor no envió encabezado Date)</translation>
    </message>
    <message>
        <source>%1 s (server %2)</source>
        <translation>%1 s (servidor %2)</translation>
    </message>
    <message>
        <source>ahead</source>
        <translation>adelantado</translation>
    </message>
    <message>
        <source>behind</source>
        <translation>atrasado</translation>
    </message>
    <message>
        <source>; WARNING: more than %1 s, sign-in may fail: set this computer&apos;s clock automatically</source>
        <translation>; ADVERTENCIA: más de %1 s, el inicio de sesión puede fallar: ajuste el reloj de este equipo automáticamente</translation>
    </message>
    <message>
        <source>Server date</source>
        <translation>Fecha del servidor</translation>
    </message>
    <message>
        <source>present</source>
        <translation>presente</translation>
    </message>
    <message>
        <source>unavailable: %1</source>
        <translation>no disponible: %1</translation>
    </message>
    <message>
        <source>could not be read</source>
        <translation>no se pudo leer</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>ausente</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Refresh token in keychain</source>
        <translation>Token de actualización en el llavero</translation>
    </message>
    <message>
        <source>Refresh token fingerprint</source>
        <translation>Huella del token de actualización</translation>
    </message>
    <message>
        <source>Access token expires</source>
        <translation>El token de acceso caduca</translation>
    </message>
    <message>
        <source>Scopes granted</source>
        <translation>Ámbitos concedidos</translation>
    </message>
    <message>
        <source>Signed in user known</source>
        <translation>Usuario con sesión conocido</translation>
    </message>
    <message>
        <source>Last refresh</source>
        <translation>Última actualización</translation>
    </message>
    <message>
        <source>Last refresh result</source>
        <translation>Resultado de la última actualización</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Último error</translation>
    </message>
    <message>
        <source>Next refresh</source>
        <translation>Próxima actualización</translation>
    </message>
    <message>
        <source>Sign-in needed</source>
        <translation>Inicio de sesión necesario</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>Consejo</translation>
    </message>
</context>
<context>
    <name>DiscoveryClient</name>
    <message>
        <source>The sign-in server&apos;s configuration could not be read (%1); using the standard Auth0 addresses.</source>
        <translation>No se pudo leer la configuración del servidor de inicio de sesión (%1); se usan las direcciones estándar de Auth0.</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>sin respuesta a tiempo</translation>
    </message>
    <message>
        <source>the document is too large</source>
        <translation>el documento es demasiado grande</translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation>Estado HTTP %1</translation>
    </message>
    <message>
        <source>the document is not JSON</source>
        <translation>el documento no es JSON</translation>
    </message>
</context>
<context>
    <name>DoctorCheck</name>
    <message>
        <source>Domain</source>
        <translation>Dominio</translation>
    </message>
    <message>
        <source>Discovery</source>
        <translation>Descubrimiento</translation>
    </message>
    <message>
        <source>PKCE</source>
        <translation>PKCE</translation>
    </message>
    <message>
        <source>Client and redirect URI</source>
        <translation>Cliente y URI de redirección</translation>
    </message>
    <message>
        <source>Refresh token</source>
        <translation>Token de actualización</translation>
    </message>
    <message>
        <source>Rotation</source>
        <translation>Rotación</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Reloj</translation>
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
        <translation>Solución: %1</translation>
    </message>
</context>
<context>
    <name>DoctorCommand</name>
    <message>
        <source>Check the tenant and the profile and say what to fix.</source>
        <translation>Revisar el inquilino y el perfil e indicar qué corregir.</translation>
    </message>
    <message>
        <source>Sign in (opens the login window) when the profile is not signed in, to check the refresh token too.</source>
        <translation>Iniciar sesión (abre la ventana de inicio de sesión) si el perfil no tiene sesión, para comprobar también el token de actualización.</translation>
    </message>
    <message>
        <source>Checking profile &quot;%1&quot; (%2)</source>
        <translation>Comprobando el perfil «%1» (%2)</translation>
    </message>
</context>
<context>
    <name>DoctorRunner</name>
    <message>
        <source>Not checked: the domain cannot be reached.</source>
        <translation>No comprobado: no se puede acceder al dominio.</translation>
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
        <translation>Aún no hay ninguna conexión configurada</translation>
    </message>
    <message>
        <source>Enter your organisation&apos;s Auth0 tenant and client ID to let the Power BI connector sign you in. Your IT department can tell you both.</source>
        <translation>Introduzca el inquilino de Auth0 y el ID de cliente de su organización para que el conector de Power BI pueda iniciar su sesión. Su departamento de TI puede indicarle ambos.</translation>
    </message>
    <message>
        <source>&amp;Configure…</source>
        <translation>&amp;Configurar…</translation>
    </message>
    <message>
        <source>Configure</source>
        <translation>Configurar</translation>
    </message>
</context>
<context>
    <name>ErrorView</name>
    <message>
        <source>Try again</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>Detalles del error</translation>
    </message>
    <message>
        <source>Loads the sign-in page again</source>
        <translation>Vuelve a cargar la página de inicio de sesión</translation>
    </message>
</context>
<context>
    <name>EventLogDialog</name>
    <message>
        <source>Event log</source>
        <translation>Registro de eventos</translation>
    </message>
    <message>
        <source>Recent events</source>
        <translation>Eventos recientes</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Copy events</source>
        <translation>Copiar eventos</translation>
    </message>
</context>
<context>
    <name>EventLogModel</name>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
</context>
<context>
    <name>IdTokenClaims</name>
    <message>
        <source>The ID token has no claims.</source>
        <translation>El token de ID no tiene notificaciones.</translation>
    </message>
    <message>
        <source>The ID token&apos;s &quot;%1&quot; claim is not a string.</source>
        <translation>La notificación «%1» del token de ID no es una cadena.</translation>
    </message>
    <message>
        <source>The ID token&apos;s &quot;aud&quot; claim is neither a string nor a list of strings.</source>
        <translation>La notificación «aud» del token de ID no es una cadena ni una lista de cadenas.</translation>
    </message>
    <message>
        <source>The ID token&apos;s &quot;exp&quot; or &quot;iat&quot; claim is not a number.</source>
        <translation>La notificación «exp» o «iat» del token de ID no es un número.</translation>
    </message>
    <message>
        <source>The ID token is valid.</source>
        <translation>El token de ID es válido.</translation>
    </message>
    <message>
        <source>The server&apos;s ID token lacks required claims (iss, sub, aud, exp, iat).</source>
        <translation>Al token de ID del servidor le faltan notificaciones obligatorias (iss, sub, aud, exp, iat).</translation>
    </message>
    <message>
        <source>The ID token was issued by another server than the profile&apos;s issuer. Check the issuer in the profile.</source>
        <translation>El token de ID lo emitió un servidor distinto del emisor del perfil. Compruebe el emisor en el perfil.</translation>
    </message>
    <message>
        <source>The ID token was issued for another application. Check the client ID in the profile.</source>
        <translation>El token de ID se emitió para otra aplicación. Compruebe el ID de cliente en el perfil.</translation>
    </message>
    <message>
        <source>The ID token has already expired. Check that this computer&apos;s clock is correct, then sign in again.</source>
        <translation>El token de ID ya ha caducado. Compruebe que el reloj de este equipo es correcto y vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>The ID token was issued in the future. Check that this computer&apos;s clock is correct, then sign in again.</source>
        <translation>El token de ID se emitió en el futuro. Compruebe que el reloj de este equipo es correcto y vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>The ID token does not belong to this sign-in attempt. Please sign in again.</source>
        <translation>El token de ID no corresponde a este intento de inicio de sesión. Vuelva a iniciar sesión.</translation>
    </message>
</context>
<context>
    <name>Jwt</name>
    <message numerus="yes">
        <source>The token is not a signed JWT (it has %n part(s), not 3).</source>
        <translation>
            <numerusform>El token no es un JWT firmado (tiene %n parte, no 3).</numerusform>
            <numerusform>El token no es un JWT firmado (tiene %n partes, no 3).</numerusform>
        </translation>
    </message>
    <message>
        <source>The token has an empty header or payload.</source>
        <translation>El token tiene el encabezado o el contenido vacío.</translation>
    </message>
    <message>
        <source>The token is not valid base64url.</source>
        <translation>El token no es base64url válido.</translation>
    </message>
    <message>
        <source>The token&apos;s contents are not a JSON object.</source>
        <translation>El contenido del token no es un objeto JSON.</translation>
    </message>
    <message>
        <source>The token&apos;s header is empty.</source>
        <translation>El encabezado del token está vacío.</translation>
    </message>
</context>
<context>
    <name>KeychainResult</name>
    <message numerus="yes">
        <source>The keychain did not answer within %n second(s). It may be locked or waiting for a password prompt: unlock it and try again.</source>
        <translation>
            <numerusform>El llavero no respondió en %n segundo. Puede estar bloqueado o esperando una contraseña: desbloquéelo y vuelva a intentarlo.</numerusform>
            <numerusform>El llavero no respondió en %n segundos. Puede estar bloqueado o esperando una contraseña: desbloquéelo y vuelva a intentarlo.</numerusform>
        </translation>
    </message>
    <message>
        <source>The token is too large to store in the keychain (%1 bytes; at most %2 bytes fit). Nothing was stored.</source>
        <translation>El token es demasiado grande para el llavero (%1 bytes; caben como máximo %2 bytes). No se guardó nada.</translation>
    </message>
    <message>
        <source>There is no refresh token to store. Nothing was stored.</source>
        <translation>No hay ningún token de actualización que guardar. No se guardó nada.</translation>
    </message>
    <message>
        <source>The profile name is not valid: use letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos; (at most 64).</source>
        <translation>El nombre del perfil no es válido: use letras, dígitos, «.», «_» o «-» (como máximo 64).</translation>
    </message>
    <message>
        <source>No sign-in is stored for this profile. Sign in to continue.</source>
        <translation>No hay ningún inicio de sesión guardado para este perfil. Inicie sesión para continuar.</translation>
    </message>
    <message>
        <source>The keychain is locked or not available. Unlock it and try again.</source>
        <translation>El llavero está bloqueado o no está disponible. Desbloquéelo y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Access to the keychain was refused. Allow Connector Sign-In to use the keychain, then try again.</source>
        <translation>Se denegó el acceso al llavero. Permita que Connector Sign-In use el llavero y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The keychain reported an error. Try again.</source>
        <translation>El llavero informó de un error. Vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The keychain reported an error: %1</source>
        <translation>El llavero informó de un error: %1</translation>
    </message>
</context>
<context>
    <name>LoadFailure</name>
    <message>
        <source>The sign-in page&apos;s certificate is not valid</source>
        <translation>El certificado de la página de inicio de sesión no es válido</translation>
    </message>
    <message>
        <source>The sign-in server was not found</source>
        <translation>No se encontró el servidor de inicio de sesión</translation>
    </message>
    <message>
        <source>The sign-in page stopped unexpectedly</source>
        <translation>La página de inicio de sesión se detuvo inesperadamente</translation>
    </message>
    <message>
        <source>The sign-in page could not be loaded</source>
        <translation>No se pudo cargar la página de inicio de sesión</translation>
    </message>
    <message>
        <source>The connection to %1 is not secure, so the sign-in page was not shown. Someone may be trying to intercept your sign-in. If this keeps happening, contact your IT support.</source>
        <translation>La conexión con %1 no es segura, por lo que no se mostró la página de inicio de sesión. Puede que alguien intente interceptar su inicio de sesión. Si vuelve a ocurrir, póngase en contacto con su soporte de TI.</translation>
    </message>
    <message>
        <source>%1 could not be found. Check your internet connection and try again.</source>
        <translation>No se encontró %1. Compruebe su conexión a Internet y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Try again. If this keeps happening, restart the program.</source>
        <translation>Vuelva a intentarlo. Si sigue ocurriendo, reinicie el programa.</translation>
    </message>
    <message>
        <source>Could not connect to %1. Check your internet connection and try again.</source>
        <translation>No se pudo conectar con %1. Compruebe su conexión a Internet y vuelva a intentarlo.</translation>
    </message>
</context>
<context>
    <name>LoginOptions</name>
    <message>
        <source>Shows the sign-in page and prints the callback URL.</source>
        <translation>Muestra la página de inicio de sesión e imprime la URL de devolución.</translation>
    </message>
    <message>
        <source>The authorization URL to open.</source>
        <translation>La URL de autorización que se abrirá.</translation>
    </message>
    <message>
        <source>The redirect URI to catch.</source>
        <translation>El URI de redirección que se capturará.</translation>
    </message>
    <message>
        <source>Window width.</source>
        <translation>Ancho de la ventana.</translation>
    </message>
    <message>
        <source>Window height.</source>
        <translation>Alto de la ventana.</translation>
    </message>
    <message>
        <source>The profile&apos;s label, shown in the title.</source>
        <translation>La etiqueta del perfil, mostrada en el título.</translation>
    </message>
    <message>
        <source>Keep cookies in this folder (&quot;remember me&quot;).</source>
        <translation>Guardar las cookies en esta carpeta («recordarme»).</translation>
    </message>
    <message>
        <source>Unexpected argument.</source>
        <translation>Argumento inesperado.</translation>
    </message>
    <message>
        <source>--url must be an https URL (plain http only on loopback).</source>
        <translation>--url debe ser una URL https (http simple solo en loopback).</translation>
    </message>
    <message>
        <source>--redirect-uri must be an absolute URL.</source>
        <translation>--redirect-uri debe ser una URL absoluta.</translation>
    </message>
    <message>
        <source>--width and --height must be whole numbers between 200 and 10000.</source>
        <translation>--width y --height deben ser números enteros entre 200 y 10000.</translation>
    </message>
    <message>
        <source>--persistent-profile needs a folder.</source>
        <translation>--persistent-profile necesita una carpeta.</translation>
    </message>
</context>
<context>
    <name>LoginProfile</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
</context>
<context>
    <name>LoginWindow</name>
    <message>
        <source>Sign-in page</source>
        <translation>Página de inicio de sesión</translation>
    </message>
    <message>
        <source>Loading progress</source>
        <translation>Progreso de carga</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Sign in – %1</source>
        <translation>Iniciar sesión – %1</translation>
    </message>
</context>
<context>
    <name>LoginWindowProcess</name>
    <message>
        <source>The login window could not be started (%1): %2</source>
        <translation>No se pudo iniciar la ventana de inicio de sesión (%1): %2</translation>
    </message>
    <message>
        <source>The login window stopped unexpectedly (exit code %1).</source>
        <translation>La ventana de inicio de sesión se detuvo inesperadamente (código de salida %1).</translation>
    </message>
    <message>
        <source>The login window stopped unexpectedly: %1</source>
        <translation>La ventana de inicio de sesión se detuvo inesperadamente: %1</translation>
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
        <translation>Perfiles</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Keep running in the tray when closed</source>
        <translation>&amp;Seguir en la bandeja del sistema al cerrar</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Support</source>
        <translation>S&amp;oporte</translation>
    </message>
    <message>
        <source>&amp;Token inspector…</source>
        <translation>&amp;Inspector de tokens…</translation>
    </message>
    <message>
        <source>&amp;Event log…</source>
        <translation>&amp;Registro de eventos…</translation>
    </message>
    <message>
        <source>&amp;Copy diagnostics</source>
        <translation>&amp;Copiar diagnóstico</translation>
    </message>
    <message>
        <source>&amp;Save diagnostics…</source>
        <translation>&amp;Guardar diagnóstico…</translation>
    </message>
    <message>
        <source>There is no profile to inspect yet.</source>
        <translation>Aún no hay ningún perfil que inspeccionar.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; saved.</source>
        <translation>Perfil «%1» guardado.</translation>
    </message>
    <message>
        <source>Profile saved</source>
        <translation>Perfil guardado</translation>
    </message>
    <message>
        <source>Collecting diagnostics…</source>
        <translation>Recopilando el diagnóstico…</translation>
    </message>
    <message>
        <source>Diagnostics copied to the clipboard. They contain no passwords or tokens.</source>
        <translation>Diagnóstico copiado al portapapeles. No contiene contraseñas ni tokens.</translation>
    </message>
    <message>
        <source>Save diagnostics</source>
        <translation>Guardar diagnóstico</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Archivos de texto (*.txt)</translation>
    </message>
    <message>
        <source>Diagnostics saved to %1.</source>
        <translation>Diagnóstico guardado en %1.</translation>
    </message>
    <message>
        <source>Could not save diagnostics to %1: %2</source>
        <translation>No se pudo guardar el diagnóstico en %1: %2</translation>
    </message>
    <message>
        <source>&amp;Build Power BI connector…</source>
        <translation>&amp;Generar el conector de Power BI…</translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <source>Close this message</source>
        <translation>Cerrar este mensaje</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Cerrar mensaje</translation>
    </message>
    <message>
        <source>Message: %1</source>
        <translation>Mensaje: %1</translation>
    </message>
</context>
<context>
    <name>MezPackage</name>
    <message>
        <source>The connector icons are missing from this build.</source>
        <translation>Faltan los iconos del conector en esta compilación.</translation>
    </message>
    <message>
        <source>Cannot create &quot;%1&quot;.</source>
        <translation>No se puede crear «%1».</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;.</source>
        <translation>No se puede escribir «%1».</translation>
    </message>
</context>
<context>
    <name>PageInfoBar</name>
    <message>
        <source>Page title</source>
        <translation>Título de la página</translation>
    </message>
    <message>
        <source>Secure connection</source>
        <translation>Conexión segura</translation>
    </message>
    <message>
        <source>Not secure</source>
        <translation>No segura</translation>
    </message>
    <message>
        <source>Not secure: %1</source>
        <translation>No segura: %1</translation>
    </message>
    <message>
        <source>Connected securely to %1</source>
        <translation>Conectado de forma segura a %1</translation>
    </message>
    <message>
        <source>Connected without encryption to %1</source>
        <translation>Conectado sin cifrado a %1</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>Enter the Auth0 domain (for example tenant.eu.auth0.com) or the issuer URL.</source>
        <translation>Introduzca el dominio de Auth0 (por ejemplo tenant.eu.auth0.com) o la URL del emisor.</translation>
    </message>
    <message>
        <source>The issuer &quot;%1&quot; contains spaces. Enter only the domain, for example tenant.eu.auth0.com.</source>
        <translation>El emisor «%1» contiene espacios. Introduzca solo el dominio, por ejemplo tenant.eu.auth0.com.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid domain or URL. Enter the Auth0 domain, for example tenant.eu.auth0.com.</source>
        <translation>«%1» no es un dominio ni una URL válidos. Introduzca el dominio de Auth0, por ejemplo tenant.eu.auth0.com.</translation>
    </message>
    <message>
        <source>The issuer must be an https:// address, not &quot;%1&quot;.</source>
        <translation>El emisor debe ser una dirección https://, no «%1».</translation>
    </message>
    <message>
        <source>The issuer must not contain a user name or password.</source>
        <translation>El emisor no debe contener un nombre de usuario ni una contraseña.</translation>
    </message>
    <message>
        <source>The issuer must not contain &quot;?&quot; or &quot;#&quot;. Enter only the domain, for example tenant.eu.auth0.com.</source>
        <translation>El emisor no debe contener «?» ni «#». Introduzca solo el dominio, por ejemplo tenant.eu.auth0.com.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid host name.</source>
        <translation>«%1» no es un nombre de host válido.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a complete domain. Enter the full Auth0 domain, for example tenant.eu.auth0.com.</source>
        <translation>«%1» no es un dominio completo. Introduzca el dominio completo de Auth0, por ejemplo tenant.eu.auth0.com.</translation>
    </message>
    <message>
        <source>Plain http:// is not allowed for &quot;%1&quot;: tokens would travel unencrypted. Use https://.</source>
        <translation>No se permite http:// simple para «%1»: los tokens viajarían sin cifrar. Use https://.</translation>
    </message>
    <message>
        <source>The profile has no name.</source>
        <translation>El perfil no tiene nombre.</translation>
    </message>
    <message>
        <source>The profile name &quot;%1&quot; must not contain &quot;/&quot; or &quot;\&quot;.</source>
        <translation>El nombre de perfil «%1» no debe contener «/» ni «\».</translation>
    </message>
    <message>
        <source>No issuer is set. Enter the Auth0 domain, for example tenant.eu.auth0.com.</source>
        <translation>No se ha indicado ningún emisor. Introduzca el dominio de Auth0, por ejemplo tenant.eu.auth0.com.</translation>
    </message>
    <message>
        <source>The issuer should be written as %1.</source>
        <translation>El emisor debería escribirse como %1.</translation>
    </message>
    <message>
        <source>No client ID is set. Copy it from the application&apos;s settings in the Auth0 dashboard.</source>
        <translation>No se ha indicado ningún ID de cliente. Cópielo de la configuración de la aplicación en el panel de Auth0.</translation>
    </message>
    <message>
        <source>The client ID &quot;%1&quot; contains spaces. Copy it again from the Auth0 dashboard.</source>
        <translation>El ID de cliente «%1» contiene espacios. Vuelva a copiarlo del panel de Auth0.</translation>
    </message>
    <message>
        <source>The scopes must include &quot;openid&quot;: without it the server does not sign anybody in with OpenID Connect.</source>
        <translation>Los ámbitos deben incluir «openid»: sin él, el servidor no inicia la sesión de nadie con OpenID Connect.</translation>
    </message>
    <message>
        <source>The scopes must include &quot;offline_access&quot;: without it Auth0 issues no refresh token, and you would have to sign in again every time the access token expires.</source>
        <translation>Los ámbitos deben incluir «offline_access»: sin él, Auth0 no emite ningún token de actualización y tendría que volver a iniciar sesión cada vez que caduque el token de acceso.</translation>
    </message>
    <message>
        <source>The scope &quot;%1&quot; is not valid: scopes are single words separated by spaces.</source>
        <translation>El ámbito «%1» no es válido: los ámbitos son palabras sueltas separadas por espacios.</translation>
    </message>
    <message>
        <source>The redirect URI &quot;%1&quot; is not an absolute URL.</source>
        <translation>El URI de redirección «%1» no es una URL absoluta.</translation>
    </message>
    <message>
        <source>The redirect URI must use https:// (plain http:// only on this computer, e.g. 127.0.0.1).</source>
        <translation>El URI de redirección debe usar https:// (http:// simple solo en este equipo, p. ej. 127.0.0.1).</translation>
    </message>
    <message>
        <source>The redirect URI must not contain &quot;#&quot; or a user name.</source>
        <translation>El URI de redirección no debe contener «#» ni un nombre de usuario.</translation>
    </message>
    <message>
        <source>The login window size %1x%2 is not usable: use at least %3x%4 and at most %5 on each side.</source>
        <translation>El tamaño %1x%2 de la ventana de inicio de sesión no es utilizable: use al menos %3x%4 y como máximo %5 por lado.</translation>
    </message>
</context>
<context>
    <name>ProfileEditor</name>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Probar conexión</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;</source>
        <translation>Perfil «%1»</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Tenant:</source>
        <translation>&amp;Inquilino:</translation>
    </message>
    <message>
        <source>tenant.eu.auth0.com</source>
        <translation>tenant.eu.auth0.com</translation>
    </message>
    <message>
        <source>&amp;Client ID:</source>
        <translation>ID de &amp;cliente:</translation>
    </message>
    <message>
        <source>&amp;Audience (optional):</source>
        <translation>&amp;Audience (opcional):</translation>
    </message>
    <message>
        <source>https://api.example.com</source>
        <translation>https://api.example.com</translation>
    </message>
    <message>
        <source>&amp;Scopes:</source>
        <translation>Á&amp;mbitos:</translation>
    </message>
    <message>
        <source>&amp;Redirect URI:</source>
        <translation>URI de &amp;redirección:</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Login window width</source>
        <translation>Ancho de la ventana de inicio de sesión</translation>
    </message>
    <message>
        <source>Login window height</source>
        <translation>Alto de la ventana de inicio de sesión</translation>
    </message>
    <message>
        <source>×</source>
        <translation>×</translation>
    </message>
    <message>
        <source>Login &amp;window size:</source>
        <translation>Tamaño de la &amp;ventana de inicio de sesión:</translation>
    </message>
    <message>
        <source>Set by your organisation</source>
        <translation>Definido por su organización</translation>
    </message>
    <message>
        <source>Fields you cannot change are set by your organisation.</source>
        <translation>Los campos que no puede cambiar los define su organización.</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Probar conexión</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Resultado de la prueba de conexión</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Use 1 to 64 letters, digits, dots, dashes or underscores.</source>
        <translation>Use de 1 a 64 letras, dígitos, puntos, guiones o guiones bajos.</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Probando la conexión…</translation>
    </message>
</context>
<context>
    <name>ProfileStatus</name>
    <message>
        <source>Signed out</source>
        <translation>Sesión cerrada</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Sesión iniciada</translation>
    </message>
    <message>
        <source>Sign-in needed</source>
        <translation>Inicio de sesión necesario</translation>
    </message>
    <message>
        <source>Keychain unavailable</source>
        <translation>Llavero no disponible</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Sign in to connect.</source>
        <translation>Inicie sesión para conectarse.</translation>
    </message>
    <message>
        <source>The last refresh failed; it will be tried again. Your sign-in is kept.</source>
        <translation>La última actualización falló; se volverá a intentar. Su sesión se conserva.</translation>
    </message>
    <message>
        <source>Your sign-in expired. Sign in again.</source>
        <translation>Su sesión ha caducado. Vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>The keychain is locked or not available. Unlock it and try again.</source>
        <translation>El llavero está bloqueado o no está disponible. Desbloquéelo y vuelva a intentarlo.</translation>
    </message>
</context>
<context>
    <name>ProfileStatusPanel</name>
    <message>
        <source>succeeded</source>
        <translation>correcta</translation>
    </message>
    <message>
        <source>refused by the server</source>
        <translation>rechazada por el servidor</translation>
    </message>
    <message>
        <source>failed, will be retried</source>
        <translation>fallida, se reintentará</translation>
    </message>
    <message>
        <source>failed: configuration problem</source>
        <translation>fallida: problema de configuración</translation>
    </message>
    <message>
        <source>failed: keychain unavailable</source>
        <translation>fallida: llavero no disponible</translation>
    </message>
    <message>
        <source>failed (%1)</source>
        <translation>fallida (%1)</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Iniciar sesión</translation>
    </message>
    <message>
        <source>&amp;Refresh now</source>
        <translation>&amp;Actualizar ahora</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Cerrar sesión</translation>
    </message>
    <message>
        <source>&amp;Edit profile…</source>
        <translation>&amp;Editar perfil…</translation>
    </message>
    <message>
        <source>Profile %1</source>
        <translation>Perfil %1</translation>
    </message>
    <message>
        <source>Signed in as:</source>
        <translation>Sesión iniciada como:</translation>
    </message>
    <message>
        <source>Tenant:</source>
        <translation>Inquilino:</translation>
    </message>
    <message>
        <source>Client ID:</source>
        <translation>ID de cliente:</translation>
    </message>
    <message>
        <source>Scopes:</source>
        <translation>Ámbitos:</translation>
    </message>
    <message>
        <source>Audience:</source>
        <translation>Audience:</translation>
    </message>
    <message>
        <source>Access token expires:</source>
        <translation>El token de acceso caduca:</translation>
    </message>
    <message>
        <source>Refresh token:</source>
        <translation>Token de actualización:</translation>
    </message>
    <message>
        <source>Last refresh:</source>
        <translation>Última actualización:</translation>
    </message>
    <message>
        <source>Next refresh:</source>
        <translation>Próxima actualización:</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Trabajando</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Nadie</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>Stored in the keychain</source>
        <translation>Guardado en el llavero</translation>
    </message>
    <message>
        <source>Stored in the keychain (fingerprint %1)</source>
        <translation>Guardado en el llavero (huella %1)</translation>
    </message>
    <message>
        <source>Unknown: the keychain did not answer</source>
        <translation>Desconocido: el llavero no respondió</translation>
    </message>
    <message>
        <source>Not stored</source>
        <translation>No guardado</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Todavía no</translation>
    </message>
    <message>
        <source>Not scheduled</source>
        <translation>No programada</translation>
    </message>
    <message>
        <source>Show login &amp;window</source>
        <translation>Mostrar la &amp;ventana de inicio de sesión</translation>
    </message>
    <message>
        <source>Show login window</source>
        <translation>Mostrar la ventana de inicio de sesión</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Refresh now</source>
        <translation>Actualizar ahora</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>&quot;%1&quot; is not a valid issuer.</source>
        <translation>«%1» no es un emisor válido.</translation>
    </message>
    <message>
        <source>The client ID is empty.</source>
        <translation>El ID de cliente está vacío.</translation>
    </message>
    <message>
        <source>The list of scopes is empty.</source>
        <translation>La lista de ámbitos está vacía.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid redirect URI: it must be an https:// address (http:// only for this computer).</source>
        <translation>«%1» no es un URI de redirección válido: debe ser una dirección https:// (http:// solo para este equipo).</translation>
    </message>
    <message>
        <source>The window size &quot;%1&quot; is not between %2 and %3 pixels.</source>
        <translation>El tamaño de ventana «%1» no está entre %2 y %3 píxeles.</translation>
    </message>
    <message>
        <source>Setting &quot;%1&quot; from your organization&apos;s configuration is not valid: %2 Ask your IT department to correct it.</source>
        <translation>El ajuste «%1» de la configuración de su organización no es válido: %2 Pida a su departamento de TI que lo corrija.</translation>
    </message>
    <message>
        <source>Setting &quot;%1&quot; is not valid: %2</source>
        <translation>El ajuste «%1» no es válido: %2</translation>
    </message>
    <message>
        <source>The profile name is not valid: use 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>El nombre del perfil no es válido: use de 1 a 64 letras, dígitos, «.», «_» o «-».</translation>
    </message>
    <message>
        <source>The profile cannot be saved: %1</source>
        <translation>No se puede guardar el perfil: %1</translation>
    </message>
    <message>
        <source>These settings are managed by your organization and cannot be changed here: %1.</source>
        <translation>Estos ajustes los administra su organización y no se pueden cambiar aquí: %1.</translation>
    </message>
    <message>
        <source>The system-wide configuration could not be written to %1. It needs administrator (root) rights: run the command as an administrator.</source>
        <translation>No se pudo escribir la configuración del sistema en %1. Se necesitan permisos de administrador (root): ejecute el comando como administrador.</translation>
    </message>
    <message>
        <source>Your configuration could not be written to %1. Check that the folder exists and is writable.</source>
        <translation>No se pudo escribir su configuración en %1. Compruebe que la carpeta existe y admite escritura.</translation>
    </message>
</context>
<context>
    <name>ProfilesCommand</name>
    <message>
        <source>List the connection profiles.</source>
        <translation>Listar los perfiles de conexión.</translation>
    </message>
    <message>
        <source>No profile is configured. Create one with &quot;%1 configure --profile default --domain TENANT.auth0.com --client-id ID&quot;.</source>
        <translation>No hay ningún perfil configurado. Cree uno con «%1 configure --profile default --domain TENANT.auth0.com --client-id ID».</translation>
    </message>
    <message>
        <source>issuer:    %1</source>
        <translation>emisor:     %1</translation>
    </message>
    <message>
        <source>client id: %1</source>
        <translation>ID cliente: %1</translation>
    </message>
    <message>
        <source>audience:  %1</source>
        <translation>audience:   %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>managed:   %1</source>
        <translation>administrado: %1</translation>
    </message>
    <message>
        <source>problem:   %1</source>
        <translation>problema:   %1</translation>
    </message>
</context>
<context>
    <name>ProviderEndpoints</name>
    <message>
        <source>The server&apos;s discovery document names the issuer &quot;%1&quot;, but the profile expects &quot;%2&quot;. Check the issuer in the profile (a trailing &quot;/&quot; matters).</source>
        <translation>El documento de descubrimiento del servidor nombra el emisor «%1», pero el perfil espera «%2». Compruebe el emisor en el perfil (la «/» final cuenta).</translation>
    </message>
    <message>
        <source>The server&apos;s discovery document has no &quot;%1&quot;.</source>
        <translation>El documento de descubrimiento del servidor no tiene «%1».</translation>
    </message>
    <message>
        <source>The server&apos;s discovery document gives &quot;%1&quot; as &quot;%2&quot;, which is not an https:// address.</source>
        <translation>El documento de descubrimiento del servidor da «%2» como «%1», que no es una dirección https://.</translation>
    </message>
    <message>
        <source>The server does not support PKCE with S256, which this program requires.</source>
        <translation>El servidor no admite PKCE con S256, que este programa requiere.</translation>
    </message>
</context>
<context>
    <name>PurgeCommand</name>
    <message>
        <source>Forget every profile&apos;s stored sign-in for this user (used when uninstalling).</source>
        <translation>Olvidar el inicio de sesión guardado de todos los perfiles de este usuario (se usa al desinstalar).</translation>
    </message>
    <message>
        <source>The keychain is not available: %1</source>
        <translation>El llavero no está disponible: %1</translation>
    </message>
    <message>
        <source>Not purged: %1. Unlock the keychain and run &quot;%2 purge&quot; again.</source>
        <translation>No se purgó: %1. Desbloquee el llavero y vuelva a ejecutar «%2 purge».</translation>
    </message>
    <message>
        <source>Nothing was stored.</source>
        <translation>No había nada guardado.</translation>
    </message>
    <message numerus="yes">
        <source>Forgot the stored sign-in of %n profile(s).</source>
        <translation>
            <numerusform>Se olvidó el inicio de sesión guardado de %n perfil.</numerusform>
            <numerusform>Se olvidó el inicio de sesión guardado de %n perfiles.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RefreshCommand</name>
    <message>
        <source>Refresh the access token now.</source>
        <translation>Actualizar ahora el token de acceso.</translation>
    </message>
    <message>
        <source>Refreshed. The access token is valid until %1.</source>
        <translation>Actualizado. El token de acceso es válido hasta %1.</translation>
    </message>
</context>
<context>
    <name>RevocationClient</name>
    <message>
        <source>The sign-in server did not answer in time.</source>
        <translation>El servidor de inicio de sesión no respondió a tiempo.</translation>
    </message>
    <message>
        <source>The sign-in server could not be reached: %1</source>
        <translation>No se puede acceder al servidor de inicio de sesión: %1</translation>
    </message>
    <message>
        <source>The sign-in server refused to revoke the token (%1).</source>
        <translation>El servidor de inicio de sesión se negó a revocar el token (%1).</translation>
    </message>
</context>
<context>
    <name>ServerChecks</name>
    <message>
        <source>The name %1 does not resolve (DNS): %2.</source>
        <translation>El nombre %1 no se resuelve (DNS): %2.</translation>
    </message>
    <message>
        <source>Check the spelling of the domain (Auth0: the application&apos;s &quot;Domain&quot; setting) and this computer&apos;s network or DNS.</source>
        <translation>Compruebe cómo está escrito el dominio (Auth0: el ajuste «Domain» de la aplicación) y la red o el DNS de este equipo.</translation>
    </message>
    <message>
        <source>%1 resolves to %2 and answers over TLS.</source>
        <translation>%1 se resuelve como %2 y responde por TLS.</translation>
    </message>
    <message>
        <source>%1 answers (plain http, loopback only).</source>
        <translation>%1 responde (http simple, solo loopback).</translation>
    </message>
    <message>
        <source>The TLS connection to %1 failed: %2.</source>
        <translation>Falló la conexión TLS con %1: %2.</translation>
    </message>
    <message>
        <source>The certificate is not trusted here. A proxy that inspects TLS needs its root certificate installed on this computer; otherwise check the computer&apos;s date and the domain.</source>
        <translation>Aquí no se confía en el certificado. Un proxy que inspeccione TLS necesita su certificado raíz instalado en este equipo; si no, compruebe la fecha del equipo y el dominio.</translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1 no respondió a tiempo.</translation>
    </message>
    <message>
        <source>Check the network, the firewall and the proxy settings; try again later.</source>
        <translation>Compruebe la red, el cortafuegos y la configuración del proxy; vuelva a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>%1 refused the connection on port %2.</source>
        <translation>%1 rechazó la conexión en el puerto %2.</translation>
    </message>
    <message>
        <source>Check the issuer&apos;s address and port; a firewall may be blocking it.</source>
        <translation>Compruebe la dirección y el puerto del emisor; puede que un cortafuegos lo bloquee.</translation>
    </message>
    <message>
        <source>%1 could not be reached: %2.</source>
        <translation>No se puede acceder a %1: %2.</translation>
    </message>
    <message>
        <source>Check the network and the proxy settings; try again later.</source>
        <translation>Compruebe la red y la configuración del proxy; vuelva a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 instead of the discovery document.</source>
        <translation>%1 respondió HTTP %2 en lugar del documento de descubrimiento.</translation>
    </message>
    <message>
        <source>Check the issuer: for Auth0 it is https://&lt;your tenant domain&gt;/ (or your custom domain).</source>
        <translation>Compruebe el emisor: en Auth0 es https://&lt;dominio de su inquilino&gt;/ (o su dominio personalizado).</translation>
    </message>
    <message>
        <source>%1 is not a JSON document.</source>
        <translation>%1 no es un documento JSON.</translation>
    </message>
    <message>
        <source>Check the issuer; a proxy or captive portal may answer in its place.</source>
        <translation>Compruebe el emisor; puede que un proxy o un portal cautivo responda en su lugar.</translation>
    </message>
    <message>
        <source>The server calls itself &quot;%1&quot;, the profile says &quot;%2&quot;; they must match exactly, trailing slash included.</source>
        <translation>El servidor se llama «%1» y el perfil dice «%2»; deben coincidir exactamente, incluida la barra final.</translation>
    </message>
    <message>
        <source>Set the issuer to %1.</source>
        <translation>Establezca el emisor en %1.</translation>
    </message>
    <message>
        <source>The discovery document cannot be used: %1</source>
        <translation>No se puede usar el documento de descubrimiento: %1</translation>
    </message>
    <message>
        <source>Check the tenant&apos;s custom domain and proxy configuration.</source>
        <translation>Compruebe el dominio personalizado del inquilino y la configuración del proxy.</translation>
    </message>
    <message>
        <source>The discovery document is valid and its issuer matches the profile.</source>
        <translation>El documento de descubrimiento es válido y su emisor coincide con el perfil.</translation>
    </message>
    <message>
        <source>Not checked: no usable discovery document.</source>
        <translation>No comprobado: no hay un documento de descubrimiento utilizable.</translation>
    </message>
    <message>
        <source>The server does not list its PKCE methods. Auth0 supports S256 but does not always say so, so this is usually fine.</source>
        <translation>El servidor no indica sus métodos PKCE. Auth0 admite S256 pero no siempre lo dice, así que normalmente no hay problema.</translation>
    </message>
    <message>
        <source>Nothing to do for Auth0; another server must support S256.</source>
        <translation>Nada que hacer en Auth0; otro servidor debe admitir S256.</translation>
    </message>
    <message>
        <source>S256 is offered.</source>
        <translation>Se ofrece S256.</translation>
    </message>
    <message>
        <source>The server offers only &quot;%1&quot;, not S256.</source>
        <translation>El servidor solo ofrece «%1», no S256.</translation>
    </message>
    <message>
        <source>Sign-in needs PKCE with S256; check that the issuer is your Auth0 tenant.</source>
        <translation>El inicio de sesión necesita PKCE con S256; compruebe que el emisor es su inquilino de Auth0.</translation>
    </message>
    <message>
        <source>Not checked: the server sent no Date header.</source>
        <translation>No comprobado: el servidor no envió encabezado Date.</translation>
    </message>
    <message numerus="yes">
        <source>This computer&apos;s clock is %n second(s) behind the server&apos;s.</source>
        <translation>
            <numerusform>El reloj de este equipo va %n segundo por detrás del servidor.</numerusform>
            <numerusform>El reloj de este equipo va %n segundos por detrás del servidor.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This computer&apos;s clock is %n second(s) ahead of the server&apos;s.</source>
        <translation>
            <numerusform>El reloj de este equipo va %n segundo por delante del servidor.</numerusform>
            <numerusform>El reloj de este equipo va %n segundos por delante del servidor.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tokens will look expired or not yet valid; fix the computer&apos;s clock (turn on automatic time).</source>
        <translation>Los tokens parecerán caducados o aún no válidos; corrija el reloj del equipo (active la hora automática).</translation>
    </message>
    <message>
        <source>Turn on automatic time on this computer before tokens start to look expired.</source>
        <translation>Active la hora automática en este equipo antes de que los tokens parezcan caducados.</translation>
    </message>
    <message numerus="yes">
        <source>The clocks agree (within %n second(s)).</source>
        <translation>
            <numerusform>Los relojes coinciden (con un margen de %n segundo).</numerusform>
            <numerusform>Los relojes coinciden (con un margen de %n segundos).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServerProbe</name>
    <message>
        <source>The server answered HTTP %1.</source>
        <translation>El servidor respondió HTTP %1.</translation>
    </message>
    <message>
        <source>The answer is not a JSON document.</source>
        <translation>La respuesta no es un documento JSON.</translation>
    </message>
</context>
<context>
    <name>SessionChecks</name>
    <message>
        <source>Signed in: a refresh token is stored in the keychain.</source>
        <translation>Sesión iniciada: hay un token de actualización guardado en el llavero.</translation>
    </message>
    <message>
        <source>Not checked: this profile is not signed in.</source>
        <translation>No comprobado: este perfil no tiene sesión iniciada.</translation>
    </message>
    <message>
        <source>Sign in first or pass --sign-in.</source>
        <translation>Inicie sesión primero o use --sign-in.</translation>
    </message>
    <message>
        <source>The keychain could not be read: %1</source>
        <translation>No se pudo leer el llavero: %1</translation>
    </message>
    <message>
        <source>Unlock the keychain (log in to the desktop session) and run the doctor again.</source>
        <translation>Desbloquee el llavero (inicie la sesión de escritorio) y vuelva a ejecutar doctor.</translation>
    </message>
    <message>
        <source>Signed in: the tenant issued a refresh token.</source>
        <translation>Sesión iniciada: el inquilino emitió un token de actualización.</translation>
    </message>
    <message>
        <source>The sign-in worked but the tenant issued no refresh token, so people would have to sign in again every hour.</source>
        <translation>El inicio de sesión funcionó, pero el inquilino no emitió ningún token de actualización, así que habría que iniciar sesión cada hora.</translation>
    </message>
    <message>
        <source>Enable &quot;Allow Offline Access&quot; on the API in Auth0 and request offline_access (the profile&apos;s scopes).</source>
        <translation>Habilite «Allow Offline Access» en la API en Auth0 y solicite offline_access (los ámbitos del perfil).</translation>
    </message>
    <message>
        <source>Not checked: the sign-in was cancelled.</source>
        <translation>No comprobado: se canceló el inicio de sesión.</translation>
    </message>
    <message>
        <source>The sign-in failed: %1</source>
        <translation>El inicio de sesión falló: %1</translation>
    </message>
    <message>
        <source>Not checked: the tenant refuses the sign-in request (see above).</source>
        <translation>No comprobado: el inquilino rechaza la solicitud de inicio de sesión (véase arriba).</translation>
    </message>
    <message>
        <source>Fix the client id or redirect URI first.</source>
        <translation>Corrija primero el ID de cliente o el URI de redirección.</translation>
    </message>
    <message>
        <source>The refresh failed: %1</source>
        <translation>La actualización falló: %1</translation>
    </message>
    <message>
        <source>Not checked: the refresh token could not be read back from the keychain.</source>
        <translation>No comprobado: no se pudo volver a leer el token de actualización del llavero.</translation>
    </message>
    <message>
        <source>Rotation on: the refresh gave a new refresh token (%1 → %2).</source>
        <translation>Rotación activada: la actualización dio un token de actualización nuevo (%1 → %2).</translation>
    </message>
    <message>
        <source>Rotation off: the refresh kept the same refresh token (%1), so a stolen one stays usable until it expires.</source>
        <translation>Rotación desactivada: la actualización mantuvo el mismo token de actualización (%1), así que uno robado sigue siendo válido hasta que caduque.</translation>
    </message>
    <message>
        <source>Turn on &quot;Refresh Token Rotation&quot; in the application&apos;s settings in Auth0.</source>
        <translation>Active «Refresh Token Rotation» en la configuración de la aplicación en Auth0.</translation>
    </message>
    <message>
        <source>Not checked: no access token at hand.</source>
        <translation>No comprobado: no hay ningún token de acceso disponible.</translation>
    </message>
    <message>
        <source>Not checked: the access token is not a JWT (no audience requested?).</source>
        <translation>No comprobado: el token de acceso no es un JWT (¿no se pidió audience?).</translation>
    </message>
    <message>
        <source>Set the profile&apos;s audience to the API identifier in Auth0.</source>
        <translation>Establezca la audience del perfil con el identificador de la API en Auth0.</translation>
    </message>
    <message>
        <source>Not checked: the profile asks for no audience (the token is for &quot;%1&quot;).</source>
        <translation>No comprobado: el perfil no pide ninguna audience (el token es para «%1»).</translation>
    </message>
    <message>
        <source>The access token is for &quot;%1&quot;, as the profile asks.</source>
        <translation>El token de acceso es para «%1», como pide el perfil.</translation>
    </message>
    <message>
        <source>The access token is for &quot;%1&quot;, but the profile asks for &quot;%2&quot;.</source>
        <translation>El token de acceso es para «%1», pero el perfil pide «%2».</translation>
    </message>
    <message>
        <source>Request audience=%1 (sign in again after changing it) and check the API identifier in Auth0.</source>
        <translation>Solicite audience=%1 (vuelva a iniciar sesión tras cambiarlo) y compruebe el identificador de la API en Auth0.</translation>
    </message>
    <message>
        <source>Not checked: no signed-in session.</source>
        <translation>No comprobado: no hay ninguna sesión iniciada.</translation>
    </message>
    <message>
        <source>Not checked here: this check uses the stored sign-in.</source>
        <translation>No se comprueba aquí: esta comprobación usa el inicio de sesión guardado.</translation>
    </message>
    <message>
        <source>Save the profile, sign in, then run &quot;connector-signin doctor&quot;.</source>
        <translation>Guarde el perfil, inicie sesión y ejecute «connector-signin doctor».</translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <source>&quot;%1&quot; cannot sign in yet: %2</source>
        <translation>«%1» aún no puede iniciar sesión: %2</translation>
    </message>
    <message>
        <source>Waiting for you to sign in in the login window…</source>
        <translation>Esperando a que inicie sesión en la ventana de inicio de sesión…</translation>
    </message>
    <message>
        <source>Sign-in started</source>
        <translation>Inicio de sesión iniciado</translation>
    </message>
    <message>
        <source>Signing out…</source>
        <translation>Cerrando sesión…</translation>
    </message>
    <message>
        <source>Signed out.</source>
        <translation>Sesión cerrada.</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>Actualizando…</translation>
    </message>
    <message>
        <source>Refreshed: the connection is good.</source>
        <translation>Actualizado: la conexión funciona.</translation>
    </message>
    <message>
        <source>Refreshing failed.</source>
        <translation>La actualización falló.</translation>
    </message>
    <message>
        <source>Signed in.</source>
        <translation>Sesión iniciada.</translation>
    </message>
    <message>
        <source>Sign-in cancelled: the login window was closed.</source>
        <translation>Inicio de sesión cancelado: se cerró la ventana de inicio de sesión.</translation>
    </message>
    <message>
        <source>Sign-in failed.</source>
        <translation>El inicio de sesión falló.</translation>
    </message>
</context>
<context>
    <name>SignInCommand</name>
    <message>
        <source>Open the login window and sign in.</source>
        <translation>Abra la ventana de inicio de sesión e inicie sesión.</translation>
    </message>
</context>
<context>
    <name>SignInFlow</name>
    <message>
        <source>A sign-in window for &quot;%1&quot; is already open. Finish or close it first.</source>
        <translation>Ya hay abierta una ventana de inicio de sesión para «%1». Termine o ciérrela primero.</translation>
    </message>
    <message>
        <source>Sign-in cancelled.</source>
        <translation>Inicio de sesión cancelado.</translation>
    </message>
    <message>
        <source>The sign-in could not be completed: %1</source>
        <translation>No se pudo completar el inicio de sesión: %1</translation>
    </message>
    <message>
        <source>The tenant issued no refresh token, so you would have to sign in again every hour. Ask your administrator to enable &quot;Allow Offline Access&quot; on the API and to allow the offline_access scope for this application.</source>
        <translation>El inquilino no emitió ningún token de actualización, así que tendría que iniciar sesión cada hora. Pida a su administrador que habilite «Allow Offline Access» en la API y permita el ámbito offline_access para esta aplicación.</translation>
    </message>
    <message>
        <source>Signed in.</source>
        <translation>Sesión iniciada.</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Sesión iniciada como %1.</translation>
    </message>
</context>
<context>
    <name>SignOut</name>
    <message>
        <source>You were not signed in to &quot;%1&quot;.</source>
        <translation>No tenía la sesión iniciada en «%1».</translation>
    </message>
    <message>
        <source>Signed out of &quot;%1&quot;.</source>
        <translation>Sesión cerrada en «%1».</translation>
    </message>
    <message>
        <source>Signed out on this computer. The sign-in server could not be told (%1); the sign-in there ends when it expires.</source>
        <translation>Sesión cerrada en este equipo. No se pudo avisar al servidor de inicio de sesión (%1); allí la sesión terminará cuando caduque.</translation>
    </message>
</context>
<context>
    <name>SignOutCommand</name>
    <message>
        <source>Sign out: revoke the sign-in at the server and forget it here.</source>
        <translation>Cerrar sesión: revocar la sesión en el servidor y olvidarla aquí.</translation>
    </message>
</context>
<context>
    <name>StatePill</name>
    <message>
        <source>State: %1</source>
        <translation>Estado: %1</translation>
    </message>
</context>
<context>
    <name>StatusCommand</name>
    <message>
        <source>Show the sign-in state of every profile (or of one).</source>
        <translation>Mostrar el estado de sesión de todos los perfiles (o de uno).</translation>
    </message>
    <message>
        <source>No profile is configured. Create one with &quot;connector-signin configure&quot;.</source>
        <translation>No hay ningún perfil configurado. Cree uno con «connector-signin configure».</translation>
    </message>
</context>
<context>
    <name>SystemInfo</name>
    <message>
        <source>%1 (not present)</source>
        <translation>%1 (no presente)</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>Qt</source>
        <translation>Qt</translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <translation>%1 (compilado con %2)</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Sistema operativo</translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation>Kernel</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Arquitectura</translation>
    </message>
    <message>
        <source>%1 (build ABI %2)</source>
        <translation>%1 (ABI de compilación %2)</translation>
    </message>
    <message>
        <source>Locale</source>
        <translation>Configuración regional</translation>
    </message>
    <message>
        <source>%1; languages %2</source>
        <translation>%1; idiomas %2</translation>
    </message>
    <message>
        <source>Time zone offset</source>
        <translation>Diferencia de zona horaria</translation>
    </message>
    <message>
        <source>%1 s from UTC</source>
        <translation>%1 s respecto a UTC</translation>
    </message>
    <message>
        <source>Profiles, user</source>
        <translation>Perfiles, usuario</translation>
    </message>
    <message>
        <source>Profiles, system (managed)</source>
        <translation>Perfiles, sistema (administrados)</translation>
    </message>
    <message>
        <source>Session state</source>
        <translation>Estado de la sesión</translation>
    </message>
    <message>
        <source>Discovery cache</source>
        <translation>Caché de descubrimiento</translation>
    </message>
    <message>
        <source>Lock files</source>
        <translation>Archivos de bloqueo</translation>
    </message>
    <message>
        <source>Windows Credential Manager</source>
        <translation>Administrador de credenciales de Windows</translation>
    </message>
    <message>
        <source>macOS Keychain</source>
        <translation>Llavero de macOS</translation>
    </message>
    <message>
        <source>Secret Service (org.freedesktop.secrets) on the session D-Bus</source>
        <translation>Secret Service (org.freedesktop.secrets) en el D-Bus de la sesión</translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation>Llavero</translation>
    </message>
    <message>
        <source>%1, through QtKeychain; no plain-text fallback</source>
        <translation>%1, mediante QtKeychain; sin alternativa en texto sin cifrar</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(no establecido)</translation>
    </message>
    <message>
        <source> (with credentials, not shown)</source>
        <translation> (con credenciales, no se muestran)</translation>
    </message>
    <message>
        <source>Proxy for %1</source>
        <translation>Proxy para %1</translation>
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
        <translation>en %1</translation>
    </message>
    <message>
        <source>expired %1 ago</source>
        <translation>caducó hace %1</translation>
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
        <translation>El servidor de inicio de sesión rechazó la solicitud (%1).</translation>
    </message>
    <message>
        <source>The sign-in server did not answer in time.</source>
        <translation>El servidor de inicio de sesión no respondió a tiempo.</translation>
    </message>
    <message>
        <source>The sign-in server could not be reached.</source>
        <translation>No se puede acceder al servidor de inicio de sesión.</translation>
    </message>
    <message>
        <source>The sign-in server sent an answer that could not be read.</source>
        <translation>El servidor de inicio de sesión envió una respuesta ilegible.</translation>
    </message>
    <message>
        <source>The sign-in server had a temporary problem.</source>
        <translation>El servidor de inicio de sesión tuvo un problema temporal.</translation>
    </message>
    <message>
        <source>The sign-in server is busy (too many requests).</source>
        <translation>El servidor de inicio de sesión está ocupado (demasiadas solicitudes).</translation>
    </message>
    <message>
        <source>The token endpoint redirected the request; check the issuer in the profile.</source>
        <translation>El punto de conexión de tokens redirigió la solicitud; compruebe el emisor en el perfil.</translation>
    </message>
    <message>
        <source>The sign-in request failed (%1).</source>
        <translation>La solicitud de inicio de sesión falló (%1).</translation>
    </message>
</context>
<context>
    <name>TokenCommand</name>
    <message>
        <source>Print a valid access token, refreshing it if needed.</source>
        <translation>Imprimir un token de acceso válido, actualizándolo si hace falta.</translation>
    </message>
    <message>
        <source>Refresh when the token is valid for less than this many seconds (default %1).</source>
        <translation>Actualizar si el token es válido durante menos de estos segundos (predeterminado %1).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>segundos</translation>
    </message>
    <message>
        <source>--min-valid takes a number of seconds from 0 to 86400, not &quot;%1&quot;.</source>
        <translation>--min-valid admite un número de segundos de 0 a 86400, no «%1».</translation>
    </message>
</context>
<context>
    <name>TokenInspection</name>
    <message>
        <source>(not in the token)</source>
        <translation>(no está en el token)</translation>
    </message>
    <message>
        <source>%1 (UTC %2)</source>
        <translation>%1 (UTC %2)</translation>
    </message>
    <message>
        <source>Subject (from sign-in)</source>
        <translation>Sujeto (del inicio de sesión)</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(desconocido)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Token de acceso</translation>
    </message>
    <message>
        <source>None in this program&apos;s memory yet: sign in or refresh first.</source>
        <translation>Aún no hay ninguno en la memoria de este programa: inicie sesión o actualice primero.</translation>
    </message>
    <message>
        <source>Opaque (not a JWT): it has no claims to show. Set an audience to get a JWT.</source>
        <translation>Opaco (no es un JWT): no tiene notificaciones que mostrar. Establezca una audience para obtener un JWT.</translation>
    </message>
    <message>
        <source>JWT (signature not shown)</source>
        <translation>JWT (firma no mostrada)</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Emisor</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Audience</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Sujeto</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Ámbitos</translation>
    </message>
    <message>
        <source>Authorized party</source>
        <translation>Parte autorizada</translation>
    </message>
    <message>
        <source>Issued at</source>
        <translation>Emitido el</translation>
    </message>
    <message>
        <source>Expires at</source>
        <translation>Caduca el</translation>
    </message>
</context>
<context>
    <name>TokenInspectorDialog</name>
    <message>
        <source>Token inspector — %1</source>
        <translation>Inspector de tokens — %1</translation>
    </message>
    <message>
        <source>Token claims</source>
        <translation>Notificaciones del token</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Notificación</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
</context>
<context>
    <name>TokenRefresher</name>
    <message>
        <source>Another program is refreshing this sign-in and has not finished. Try again in a minute.</source>
        <translation>Otro programa está actualizando esta sesión y no ha terminado. Vuelva a intentarlo en un minuto.</translation>
    </message>
    <message>
        <source>You are not signed in to &quot;%1&quot;. Sign in first.</source>
        <translation>No ha iniciado sesión en «%1». Inicie sesión primero.</translation>
    </message>
    <message>
        <source>Your sign-in has expired or was revoked (%1). Sign in again.</source>
        <translation>Su sesión ha caducado o se ha revocado (%1). Vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>The tenant refused this program&apos;s request (%1: %2). Check the profile&apos;s client id and tenant.</source>
        <translation>El inquilino rechazó la solicitud de este programa (%1: %2). Compruebe el ID de cliente y el inquilino del perfil.</translation>
    </message>
    <message>
        <source>Could not reach the sign-in server (%1). Your sign-in is kept; it will be tried again.</source>
        <translation>No se pudo acceder al servidor de inicio de sesión (%1). Su sesión se conserva; se volverá a intentar.</translation>
    </message>
    <message>
        <source>The renewed sign-in could not be saved in the keychain (%1). Sign in again.</source>
        <translation>No se pudo guardar la sesión renovada en el llavero (%1). Vuelva a iniciar sesión.</translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <source>&amp;Open Connector Sign-In</source>
        <translation>&amp;Abrir Connector Sign-In</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Iniciar sesión</translation>
    </message>
    <message>
        <source>&amp;Refresh now</source>
        <translation>&amp;Actualizar ahora</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Connector Sign-In</source>
        <translation>Connector Sign-In</translation>
    </message>
    <message>
        <source>Connector Sign-In — %1: %2</source>
        <translation>Connector Sign-In — %1: %2</translation>
    </message>
    <message>
        <source>Connector Sign-In — not set up</source>
        <translation>Connector Sign-In — sin configurar</translation>
    </message>
    <message>
        <source>Sign-in needed</source>
        <translation>Inicio de sesión necesario</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs you to sign in again. Open Connector Sign-In to do it.</source>
        <translation>«%1» necesita que vuelva a iniciar sesión. Abra Connector Sign-In para hacerlo.</translation>
    </message>
</context>
</TS>
