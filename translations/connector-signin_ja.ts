<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AuthorizeCheck</name>
    <message>
        <source>The tenant does not know the client id &quot;%1&quot; (unknown client): %2</source>
        <translation>テナントはクライアント ID「%1」を認識していません (不明なクライアント): %2</translation>
    </message>
    <message>
        <source>Copy the Client ID from the application&apos;s settings in the Auth0 dashboard into the profile.</source>
        <translation>Auth0 ダッシュボードのアプリケーション設定からクライアント ID をコピーし、プロファイルに設定してください。</translation>
    </message>
    <message>
        <source>The tenant refuses the redirect URI %1 (callback URL mismatch): %2</source>
        <translation>テナントはリダイレクト URI %1 を拒否しました (コールバック URL の不一致): %2</translation>
    </message>
    <message>
        <source>Add %1 to the application&apos;s &quot;Allowed Callback URLs&quot; in Auth0, or correct the profile&apos;s redirect URI.</source>
        <translation>Auth0 でアプリケーションの「Allowed Callback URLs」に %1 を追加するか、プロファイルのリダイレクト URI を修正してください。</translation>
    </message>
    <message>
        <source>The tenant refuses the sign-in request: %1</source>
        <translation>テナントがサインイン要求を拒否しました: %1</translation>
    </message>
    <message>
        <source>Check the application in Auth0: it must be a &quot;Native&quot; application with the Authorization Code grant enabled.</source>
        <translation>Auth0 のアプリケーションを確認してください。Authorization Code グラントが有効な「Native」アプリケーションである必要があります。</translation>
    </message>
    <message>
        <source>The authorize endpoint did not answer: %1</source>
        <translation>認可エンドポイントが応答しませんでした: %1</translation>
    </message>
    <message>
        <source>timeout</source>
        <translation>タイムアウト</translation>
    </message>
    <message>
        <source>Check the network and try again.</source>
        <translation>ネットワークを確認して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The tenant accepts the client id and the redirect URI (it leads to its login page).</source>
        <translation>テナントはクライアント ID とリダイレクト URI を受け付けています (ログインページが開きます)。</translation>
    </message>
    <message>
        <source>The tenant accepts the client id and the redirect URI (HTTP %1).</source>
        <translation>テナントはクライアント ID とリダイレクト URI を受け付けています (HTTP %1)。</translation>
    </message>
</context>
<context>
    <name>Callback</name>
    <message>
        <source>Signed in; finishing the sign-in.</source>
        <translation>サインインしました。サインインを完了しています。</translation>
    </message>
    <message>
        <source>Sign-in was cancelled or access was denied.</source>
        <translation>サインインがキャンセルされたか、アクセスが拒否されました。</translation>
    </message>
    <message>
        <source>The sign-in server refused the sign-in (%1).</source>
        <translation>サインインサーバーがサインインを拒否しました (%1)。</translation>
    </message>
    <message>
        <source>The sign-in server refused the sign-in: %1 (%2)</source>
        <translation>サインインサーバーがサインインを拒否しました: %1 (%2)</translation>
    </message>
    <message>
        <source>The sign-in page went to an unexpected address. Check the redirect URI in the profile and in the Auth0 application.</source>
        <translation>サインインページが予期しないアドレスに移動しました。プロファイルと Auth0 アプリケーションのリダイレクト URI を確認してください。</translation>
    </message>
    <message>
        <source>The sign-in response did not belong to this sign-in attempt and was ignored. Please sign in again.</source>
        <translation>この応答は今回のサインインのものではないため無視しました。もう一度サインインしてください。</translation>
    </message>
    <message>
        <source>The sign-in server sent an incomplete or malformed response. Please sign in again.</source>
        <translation>サインインサーバーから不完全または不正な応答が返されました。もう一度サインインしてください。</translation>
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
        <translation>使い方: %1 %2 %3</translation>
    </message>
    <message>
        <source>%1: unexpected argument &quot;%2&quot;</source>
        <translation>%1: 予期しない引数「%2」</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>不明なコマンド「%1」です。</translation>
    </message>
    <message>
        <source>Usage: %1 [command] [options]</source>
        <translation>使い方: %1 [コマンド] [オプション]</translation>
    </message>
    <message>
        <source>Without a command, opens the main window.</source>
        <translation>コマンドを指定しない場合は、メインウィンドウを開きます。</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>コマンド:</translation>
    </message>
    <message>
        <source>Run &quot;%1 &lt;command&gt; --help&quot; for the options of a command.</source>
        <translation>コマンドのオプションは「%1 &lt;コマンド&gt; --help」で表示できます。</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 2 usage or configuration error, 3 sign-in required, 4 keychain unavailable or locked, 5 network or server error, 6 sign-in cancelled.</source>
        <translation>終了コード: 0 成功、2 使い方または構成のエラー、3 サインインが必要、4 キーチェーンが使用できないかロック中、5 ネットワークまたはサーバーのエラー、6 サインインのキャンセル。</translation>
    </message>
    <message>
        <source>Unknown profile &quot;%1&quot;.</source>
        <translation>不明なプロファイル「%1」です。</translation>
    </message>
    <message>
        <source>No profile is configured. Create one with: connector-signin configure --profile %1 --domain TENANT.auth0.com --client-id CLIENT_ID</source>
        <translation>プロファイルが設定されていません。次のコマンドで作成してください: connector-signin configure --profile %1 --domain TENANT.auth0.com --client-id CLIENT_ID</translation>
    </message>
    <message>
        <source>Known profiles: %1</source>
        <translation>既存のプロファイル: %1</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; cannot be used:</source>
        <translation>プロファイル「%1」は使用できません:</translation>
    </message>
    <message>
        <source>The window program could not be started (%1): %2</source>
        <translation>状態ウィンドウを起動できませんでした (%1): %2</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>The connection profile to use (default: &quot;%1&quot;).</source>
        <translation>使用する接続プロファイル (既定: 「%1」)。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Print JSON for scripts.</source>
        <translation>スクリプト用に JSON を出力します。</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Profile %1: %2</source>
        <translation>プロファイル %1: %2</translation>
    </message>
    <message>
        <source>Tenant: %1</source>
        <translation>テナント: %1</translation>
    </message>
    <message>
        <source>Client: %1</source>
        <translation>クライアント: %1</translation>
    </message>
    <message>
        <source>User: %1 &lt;%2&gt;</source>
        <translation>ユーザー: %1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Access token expires: %1</source>
        <translation>アクセストークンの有効期限: %1</translation>
    </message>
    <message>
        <source>Refresh token: stored (fingerprint %1)</source>
        <translation>リフレッシュトークン: 保存済み (フィンガープリント %1)</translation>
    </message>
    <message>
        <source>Next refresh: %1</source>
        <translation>次回の更新: %1</translation>
    </message>
    <message>
        <source>Last refresh: %1 (%2)</source>
        <translation>前回の更新: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>ConfigureCommand</name>
    <message>
        <source>Set up or remove a connection profile.</source>
        <translation>接続プロファイルを設定または削除します。</translation>
    </message>
    <message>
        <source>--profile P (--issuer URL | --domain HOST) --client-id ID [--audience A] [--scope S]... [--redirect-uri U] [--window-size WxH] [--system] | --profile P --remove [--system]</source>
        <translation>--profile P (--issuer URL | --domain HOST) --client-id ID [--audience A] [--scope S]... [--redirect-uri U] [--window-size WxH] [--system] | --profile P --remove [--system]</translation>
    </message>
    <message>
        <source>The issuer URL, e.g. https://tenant.eu.auth0.com/ (a bare domain means https).</source>
        <translation>発行者の URL。例: https://tenant.eu.auth0.com/ (ドメインのみの場合は https)。</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>The Auth0 domain, e.g. tenant.eu.auth0.com.</source>
        <translation>Auth0 のドメイン。例: tenant.eu.auth0.com。</translation>
    </message>
    <message>
        <source>host</source>
        <translation>host</translation>
    </message>
    <message>
        <source>The application&apos;s client ID from the Auth0 dashboard.</source>
        <translation>Auth0 ダッシュボードに表示されるアプリケーションのクライアント ID。</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>The API identifier (audience) to ask tokens for.</source>
        <translation>トークンを要求する API の識別子 (audience)。</translation>
    </message>
    <message>
        <source>audience</source>
        <translation>audience</translation>
    </message>
    <message>
        <source>A scope to ask for; repeat the option or separate scopes with spaces (default: %1).</source>
        <translation>要求するスコープ。オプションを繰り返すか、スコープを空白で区切ります (既定: %1)。</translation>
    </message>
    <message>
        <source>scope</source>
        <translation>scope</translation>
    </message>
    <message>
        <source>The redirect URI registered in Auth0 (default: %1).</source>
        <translation>Auth0 に登録されたリダイレクト URI (既定: %1)。</translation>
    </message>
    <message>
        <source>uri</source>
        <translation>uri</translation>
    </message>
    <message>
        <source>The login window size, e.g. 1200x1000.</source>
        <translation>ログインウィンドウのサイズ。例: 1200x1000。</translation>
    </message>
    <message>
        <source>WxH</source>
        <translation>WxH</translation>
    </message>
    <message>
        <source>Write the system-wide, managed configuration (needs administrator rights).</source>
        <translation>システム全体の管理された構成を書き込みます (管理者権限が必要)。</translation>
    </message>
    <message>
        <source>Remove the profile (and, for your own profiles, the sign-in stored for it).</source>
        <translation>プロファイルを削除します (自分のプロファイルの場合は、保存されたサインインも削除します)。</translation>
    </message>
    <message>
        <source>--profile: &quot;%1&quot; is not a valid profile name: use 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>--profile: 「%1」は有効なプロファイル名ではありません。1～64 文字の英字、数字、「.」、「_」、「-」を使用してください。</translation>
    </message>
    <message>
        <source>Give exactly one of --issuer URL or --domain HOST, for example --domain tenant.eu.auth0.com.</source>
        <translation>--issuer URL と --domain HOST のどちらか一方だけを指定してください。例: --domain tenant.eu.auth0.com</translation>
    </message>
    <message>
        <source>--client-id is required: copy the client ID from the application&apos;s settings in the Auth0 dashboard.</source>
        <translation>--client-id は必須です。Auth0 ダッシュボードのアプリケーション設定からクライアント ID をコピーしてください。</translation>
    </message>
    <message>
        <source>--domain: give only the host name, such as tenant.eu.auth0.com; use --issuer for a URL.</source>
        <translation>--domain: tenant.eu.auth0.com のようにホスト名だけを指定してください。URL の場合は --issuer を使用します。</translation>
    </message>
    <message>
        <source>--window-size: &quot;%1&quot; is not WIDTHxHEIGHT, e.g. 1200x1000.</source>
        <translation>--window-size: 「%1」は 幅x高さ の形式ではありません。例: 1200x1000</translation>
    </message>
    <message>
        <source>--system: the system-wide configuration cannot be written here. Run the command as an administrator (root), or leave out --system to configure only your own account.</source>
        <translation>--system: ここではシステム全体の構成を書き込めません。管理者 (root) としてコマンドを実行するか、--system を省いて自分のアカウントだけを設定してください。</translation>
    </message>
    <message>
        <source>Leave these options out, or ask your IT department to change them.</source>
        <translation>これらのオプションを省くか、IT 部門に変更を依頼してください。</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; saved in the system-wide configuration (%2).</source>
        <translation>プロファイル「%1」をシステム全体の構成に保存しました (%2)。</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; saved (%2).</source>
        <translation>プロファイル「%1」を保存しました (%2)。</translation>
    </message>
    <message>
        <source>--remove: --%1 cannot be combined with --remove.</source>
        <translation>--remove: --%1 は --remove と同時に指定できません。</translation>
    </message>
    <message>
        <source>--profile: there is no profile named &quot;%1&quot;. Run &quot;%2 profiles&quot; to list them.</source>
        <translation>--profile: 「%1」という名前のプロファイルはありません。「%2 profiles」で一覧を表示できます。</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; is not in the system-wide configuration.</source>
        <translation>プロファイル「%1」はシステム全体の構成にありません。</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; is managed by your organization: only an administrator can remove it, with --system.</source>
        <translation>プロファイル「%1」は組織によって管理されています。削除できるのは管理者だけです (--system を使用)。</translation>
    </message>
    <message>
        <source>--system: the system-wide configuration cannot be changed here. Run the command as an administrator (root).</source>
        <translation>--system: ここではシステム全体の構成を変更できません。管理者 (root) としてコマンドを実行してください。</translation>
    </message>
    <message>
        <source>The sign-in stored for &quot;%1&quot; could not be deleted: %2 Nothing was removed; try again.</source>
        <translation>「%1」に保存されたサインインを削除できませんでした: %2 何も削除されていません。もう一度お試しください。</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; could not be removed: the configuration file is not writable.</source>
        <translation>プロファイル「%1」を削除できませんでした: 構成ファイルに書き込めません。</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; removed.</source>
        <translation>プロファイル「%1」を削除しました。</translation>
    </message>
</context>
<context>
    <name>ConnectorBuilderDialog</name>
    <message>
        <source>&amp;Choose…</source>
        <translation>選択(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Build</source>
        <translation>ビルド(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Install into Power BI Desktop</source>
        <translation>Power BI Desktop にインストール(&amp;I)</translation>
    </message>
    <message>
        <source>Build Power BI connector</source>
        <translation>Power BI コネクタのビルド</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>プロファイル</translation>
    </message>
    <message>
        <source>Connector name</source>
        <translation>コネクタ名</translation>
    </message>
    <message>
        <source>e.g. Contoso</source>
        <translation>例: Contoso</translation>
    </message>
    <message>
        <source>Connector name problem</source>
        <translation>コネクタ名の問題</translation>
    </message>
    <message>
        <source>Output file</source>
        <translation>出力ファイル</translation>
    </message>
    <message>
        <source>Choose the output file</source>
        <translation>出力ファイルを選択</translation>
    </message>
    <message>
        <source>Build the connector</source>
        <translation>コネクタをビルド</translation>
    </message>
    <message>
        <source>Install the connector into Power BI Desktop</source>
        <translation>コネクタを Power BI Desktop にインストール</translation>
    </message>
    <message>
        <source>Power BI Desktop runs on Windows: build the .mez here and copy it to [Documents]\Power BI Desktop\Custom Connectors on the Windows machine.</source>
        <translation>Power BI Desktop は Windows で動作します。ここで .mez をビルドし、Windows マシンの [ドキュメント]\Power BI Desktop\Custom Connectors にコピーしてください。</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Power BI Desktop security setting</source>
        <translation>Power BI Desktop のセキュリティ設定</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>プロファイル(&amp;P):</translation>
    </message>
    <message>
        <source>Connector &amp;name:</source>
        <translation>コネクタ名(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Output file:</source>
        <translation>出力ファイル(&amp;O):</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot name a connector. %2</source>
        <translation>「%1」はコネクタ名に使用できません。%2</translation>
    </message>
    <message>
        <source>Save the connector</source>
        <translation>コネクタを保存</translation>
    </message>
    <message>
        <source>Power BI connectors (*.mez)</source>
        <translation>Power BI コネクタ (*.mez)</translation>
    </message>
    <message>
        <source>There is no profile &quot;%1&quot;.</source>
        <translation>プロファイル「%1」はありません。</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; needs an issuer and a client id first.</source>
        <translation>プロファイル「%1」には、まず発行者とクライアント ID が必要です。</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 を書き出しました</translation>
    </message>
    <message>
        <source>Power BI Desktop runs on Windows: there is no Custom Connectors folder here.</source>
        <translation>Power BI Desktop は Windows で動作します。ここには Custom Connectors フォルダーがありません。</translation>
    </message>
    <message>
        <source>Cannot create the folder &quot;%1&quot;.</source>
        <translation>フォルダー「%1」を作成できません。</translation>
    </message>
    <message>
        <source>Installed %1</source>
        <translation>%1 をインストールしました</translation>
    </message>
    <message>
        <source>Not built: %1</source>
        <translation>ビルドされませんでした: %1</translation>
    </message>
</context>
<context>
    <name>ConnectorCommand</name>
    <message>
        <source>Build or install the Power BI custom connector (.mez) for a profile.</source>
        <translation>プロファイル用の Power BI カスタムコネクタ (.mez) を作成またはインストールします。</translation>
    </message>
    <message>
        <source>The connector&apos;s data source kind, an M identifier (e.g. Contoso).</source>
        <translation>コネクタのデータソースの種類を表す M 識別子 (例: Contoso)。</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>KIND</translation>
    </message>
    <message>
        <source>build: the .mez file (default ./KIND.mez). install: the folder (default: Power BI Desktop&apos;s Custom Connectors folder).</source>
        <translation>build: .mez ファイル (既定 ./KIND.mez)。install: フォルダー (既定: Power BI Desktop の Custom Connectors フォルダー)。</translation>
    </message>
    <message>
        <source>path</source>
        <translation>パス</translation>
    </message>
    <message>
        <source>build: also write the M section document for review.</source>
        <translation>build: 確認用に M セクションドキュメントも書き出します。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>connector: say &quot;build&quot; or &quot;install&quot;.</source>
        <translation>connector: 「build」または「install」を指定してください。</translation>
    </message>
    <message>
        <source>Usage: %1 connector %2</source>
        <translation>使い方: %1 connector %2</translation>
    </message>
    <message>
        <source>connector: --name KIND is required.</source>
        <translation>connector: --name KIND は必須です。</translation>
    </message>
    <message>
        <source>connector: &quot;%1&quot; cannot name a connector.</source>
        <translation>connector: 「%1」はコネクタ名に使用できません。</translation>
    </message>
    <message>
        <source>connector: --pq goes with &quot;build&quot;.</source>
        <translation>connector: --pq は「build」と一緒に使用します。</translation>
    </message>
    <message>
        <source>There is no profile &quot;%1&quot;. Create it with &quot;%2 configure&quot;.</source>
        <translation>プロファイル「%1」はありません。「%2 configure」で作成してください。</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; needs an issuer and a client id first.</source>
        <translation>プロファイル「%1」には、まず発行者とクライアント ID が必要です。</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;.</source>
        <translation>「%1」に書き込めません。</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 を書き出しました</translation>
    </message>
    <message>
        <source>Power BI Desktop runs on Windows: there is no Custom Connectors folder here. Writing the connector to the current folder; copy it to [Documents]\Power BI Desktop\Custom Connectors on the Windows machine.</source>
        <translation>Power BI Desktop は Windows で動作します。ここには Custom Connectors フォルダーがありません。コネクタを現在のフォルダーに書き出します。Windows マシンの [ドキュメント]\Power BI Desktop\Custom Connectors にコピーしてください。</translation>
    </message>
    <message>
        <source>Cannot create the folder &quot;%1&quot;.</source>
        <translation>フォルダー「%1」を作成できません。</translation>
    </message>
    <message>
        <source>Installed %1</source>
        <translation>%1 をインストールしました</translation>
    </message>
    <message>
        <source>Power BI Desktop loads an unsigned connector only when File &gt; Options and settings &gt; Options &gt; Security &gt; Data Extensions is set to &quot;Allow any extension to load without validation or warning&quot;. Restart Power BI Desktop to pick up the connector.</source>
        <translation>Power BI Desktop で署名されていないコネクタを読み込むには、[ファイル] &gt; [オプションと設定] &gt; [オプション] &gt; [セキュリティ] &gt; [データ拡張機能] で「(非推奨) 検証または警告なしに拡張機能の読み込みを許可する」を選択する必要があります。コネクタを読み込むには Power BI Desktop を再起動してください。</translation>
    </message>
</context>
<context>
    <name>ConnectorDocument</name>
    <message>
        <source>A connector name starts with a letter or &quot;_&quot;, continues with letters, digits or &quot;_&quot; (at most %1 characters), and is not an M keyword such as &quot;let&quot;.</source>
        <translation>コネクタ名は英字または「_」で始まり、英字、数字、「_」が続き (最大 %1 文字)、「let」などの M のキーワードではない必要があります。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot name a connector. %2</source>
        <translation>「%1」はコネクタ名に使用できません。%2</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; has no client id.</source>
        <translation>プロファイル「%1」にクライアント ID がありません。</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; has no usable issuer.</source>
        <translation>プロファイル「%1」に使用できる発行者がありません。</translation>
    </message>
    <message>
        <source>The connector template is missing from this build.</source>
        <translation>このビルドにはコネクタのテンプレートが含まれていません。</translation>
    </message>
    <message>
        <source>Connect to %1 with your organisation&apos;s sign-in</source>
        <translation>組織のサインインで %1 に接続</translation>
    </message>
    <message>
        <source>The connector template uses an unknown value &quot;%1&quot;.</source>
        <translation>コネクタのテンプレートに不明な値「%1」が使われています。</translation>
    </message>
</context>
<context>
    <name>DiagnosticsCommand</name>
    <message>
        <source>Print a report for support (no tokens in it).</source>
        <translation>サポート用のレポートを出力します (トークンは含みません)。</translation>
    </message>
    <message>
        <source>Report only this profile (default: every profile).</source>
        <translation>このプロファイルだけをレポートします (既定: すべてのプロファイル)。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Write the report to this file instead of the output.</source>
        <translation>レポートを出力先ではなくこのファイルに書き込みます。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>--profile: there is no profile named &quot;%1&quot;. Run &quot;%2 profiles&quot; to list them.</source>
        <translation>--profile: 「%1」という名前のプロファイルはありません。「%2 profiles」で一覧を表示できます。</translation>
    </message>
    <message>
        <source>--output: the report could not be written to %1: %2</source>
        <translation>--output: レポートを %1 に書き込めませんでした: %2</translation>
    </message>
    <message>
        <source>Diagnostics written to %1.</source>
        <translation>診断情報を %1 に書き込みました。</translation>
    </message>
</context>
<context>
    <name>DiagnosticsReport</name>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(なし)</translation>
    </message>
    <message>
        <source>%1 (in %2 s)</source>
        <translation>%1 (%2 秒後)</translation>
    </message>
    <message>
        <source>%1 (%2 s ago)</source>
        <translation>%1 (%2 秒前)</translation>
    </message>
    <message>
        <source>Connector Sign-In diagnostics</source>
        <translation>Connector Sign-In 診断情報</translation>
    </message>
    <message>
        <source>Generated %1. Tokens are never included; only their fingerprints (first 8 hex digits of SHA-256).</source>
        <translation>作成日時 %1。トークンは含まれません。含まれるのはフィンガープリント (SHA-256 の先頭 16 進 8 桁) だけです。</translation>
    </message>
    <message>
        <source>Program and system</source>
        <translation>プログラムとシステム</translation>
    </message>
    <message>
        <source>Settings files</source>
        <translation>設定ファイル</translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation>キーチェーン</translation>
    </message>
    <message>
        <source>Logging</source>
        <translation>ログ</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>プロファイル</translation>
    </message>
    <message>
        <source>No profile is configured.</source>
        <translation>プロファイルが設定されていません。</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;</source>
        <translation>プロファイル「%1」</translation>
    </message>
    <message>
        <source>%1 (managed)</source>
        <translation>%1 (管理対象)</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>発行者</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>クライアント ID</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Audience</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>スコープ</translation>
    </message>
    <message>
        <source>Redirect URI</source>
        <translation>リダイレクト URI</translation>
    </message>
    <message>
        <source>Login window</source>
        <translation>ログインウィンドウ</translation>
    </message>
    <message>
        <source>%1x%2%3</source>
        <translation>%1x%2%3</translation>
    </message>
    <message>
        <source> (managed)</source>
        <translation> (管理対象)</translation>
    </message>
    <message>
        <source>Managed fields</source>
        <translation>管理対象のフィールド</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Sign-in server</source>
        <translation>サインインサーバー</translation>
    </message>
    <message>
        <source>Not contacted: the profile has no valid issuer.</source>
        <translation>未接続: プロファイルに有効な発行者がありません。</translation>
    </message>
    <message>
        <source>Discovery document</source>
        <translation>ディスカバリードキュメント</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>no answer after %1 ms: %2</source>
        <translation>%1 ミリ秒経っても応答なし: %2</translation>
    </message>
    <message>
        <source>HTTP %1 in %2 ms</source>
        <translation>HTTP %1 (%2 ミリ秒)</translation>
    </message>
    <message>
        <source>Issuer in document</source>
        <translation>ドキュメント内の発行者</translation>
    </message>
    <message>
        <source>%1 (matches)</source>
        <translation>%1 (一致)</translation>
    </message>
    <message>
        <source>%1 (DOES NOT match the configured %2)</source>
        <translation>%1 (設定された %2 と一致しません)</translation>
    </message>
    <message>
        <source>Document refused</source>
        <translation>ドキュメントを拒否</translation>
    </message>
    <message>
        <source>PKCE S256 offered</source>
        <translation>PKCE S256 対応</translation>
    </message>
    <message>
        <source>not listed (Auth0 supports it without saying so)</source>
        <translation>記載なし (Auth0 は記載せずに対応しています)</translation>
    </message>
    <message>
        <source>offline_access offered</source>
        <translation>offline_access 対応</translation>
    </message>
    <message>
        <source>not listed</source>
        <translation>記載なし</translation>
    </message>
    <message>
        <source>Clock skew</source>
        <translation>時刻のずれ</translation>
    </message>
    <message>
        <source>unknown (the server sent no Date header)</source>
        <translation>不明 (サーバーが Date ヘッダーを送信しませんでした)</translation>
    </message>
    <message>
        <source>%1 s (server %2)</source>
        <translation>%1 秒 (サーバー %2)</translation>
    </message>
    <message>
        <source>ahead</source>
        <translation>進んでいる</translation>
    </message>
    <message>
        <source>behind</source>
        <translation>遅れている</translation>
    </message>
    <message>
        <source>; WARNING: more than %1 s, sign-in may fail: set this computer&apos;s clock automatically</source>
        <translation>。警告: %1 秒を超えています。サインインに失敗する可能性があります。このコンピューターの時刻を自動設定にしてください</translation>
    </message>
    <message>
        <source>Server date</source>
        <translation>サーバーの日時</translation>
    </message>
    <message>
        <source>present</source>
        <translation>あり</translation>
    </message>
    <message>
        <source>unavailable: %1</source>
        <translation>利用不可: %1</translation>
    </message>
    <message>
        <source>could not be read</source>
        <translation>読み取れません</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>セッション</translation>
    </message>
    <message>
        <source>Refresh token in keychain</source>
        <translation>キーチェーン内のリフレッシュトークン</translation>
    </message>
    <message>
        <source>Refresh token fingerprint</source>
        <translation>リフレッシュトークンのフィンガープリント</translation>
    </message>
    <message>
        <source>Access token expires</source>
        <translation>アクセストークンの有効期限</translation>
    </message>
    <message>
        <source>Scopes granted</source>
        <translation>付与されたスコープ</translation>
    </message>
    <message>
        <source>Signed in user known</source>
        <translation>サインイン中のユーザーが判明</translation>
    </message>
    <message>
        <source>Last refresh</source>
        <translation>前回の更新</translation>
    </message>
    <message>
        <source>Last refresh result</source>
        <translation>前回の更新結果</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>前回のエラー</translation>
    </message>
    <message>
        <source>Next refresh</source>
        <translation>次回の更新</translation>
    </message>
    <message>
        <source>Sign-in needed</source>
        <translation>サインインが必要</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>アドバイス</translation>
    </message>
</context>
<context>
    <name>DiscoveryClient</name>
    <message>
        <source>The sign-in server&apos;s configuration could not be read (%1); using the standard Auth0 addresses.</source>
        <translation>サインインサーバーの構成を読み取れませんでした (%1)。Auth0 の標準のアドレスを使用します。</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>時間内に応答がありません</translation>
    </message>
    <message>
        <source>the document is too large</source>
        <translation>ドキュメントが大きすぎます</translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation>HTTP ステータス %1</translation>
    </message>
    <message>
        <source>the document is not JSON</source>
        <translation>ドキュメントが JSON ではありません</translation>
    </message>
</context>
<context>
    <name>DoctorCheck</name>
    <message>
        <source>Domain</source>
        <translation>ドメイン</translation>
    </message>
    <message>
        <source>Discovery</source>
        <translation>ディスカバリー</translation>
    </message>
    <message>
        <source>PKCE</source>
        <translation>PKCE</translation>
    </message>
    <message>
        <source>Client and redirect URI</source>
        <translation>クライアントとリダイレクト URI</translation>
    </message>
    <message>
        <source>Refresh token</source>
        <translation>リフレッシュトークン</translation>
    </message>
    <message>
        <source>Rotation</source>
        <translation>ローテーション</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>時刻</translation>
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
        <translation>対処: %1</translation>
    </message>
</context>
<context>
    <name>DoctorCommand</name>
    <message>
        <source>Check the tenant and the profile and say what to fix.</source>
        <translation>テナントとプロファイルを確認し、修正すべき点を示します。</translation>
    </message>
    <message>
        <source>Sign in (opens the login window) when the profile is not signed in, to check the refresh token too.</source>
        <translation>プロファイルがサインインしていない場合はサインインして (ログインウィンドウが開きます)、リフレッシュトークンも確認します。</translation>
    </message>
    <message>
        <source>Checking profile &quot;%1&quot; (%2)</source>
        <translation>プロファイル「%1」を確認しています (%2)</translation>
    </message>
</context>
<context>
    <name>DoctorRunner</name>
    <message>
        <source>Not checked: the domain cannot be reached.</source>
        <translation>未確認: ドメインに接続できません。</translation>
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
        <translation>接続がまだ設定されていません</translation>
    </message>
    <message>
        <source>Enter your organisation&apos;s Auth0 tenant and client ID to let the Power BI connector sign you in. Your IT department can tell you both.</source>
        <translation>Power BI コネクタでサインインできるように、組織の Auth0 テナントとクライアント ID を入力してください。どちらも IT 部門に確認できます。</translation>
    </message>
    <message>
        <source>&amp;Configure…</source>
        <translation>構成(&amp;C)…</translation>
    </message>
    <message>
        <source>Configure</source>
        <translation>構成</translation>
    </message>
</context>
<context>
    <name>ErrorView</name>
    <message>
        <source>Try again</source>
        <translation>再試行</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>エラーの詳細</translation>
    </message>
    <message>
        <source>Loads the sign-in page again</source>
        <translation>サインインページを再読み込みします</translation>
    </message>
</context>
<context>
    <name>EventLogDialog</name>
    <message>
        <source>Event log</source>
        <translation>イベントログ</translation>
    </message>
    <message>
        <source>Recent events</source>
        <translation>最近のイベント</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <source>Copy events</source>
        <translation>イベントをコピー</translation>
    </message>
</context>
<context>
    <name>EventLogModel</name>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>プロファイル</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>イベント</translation>
    </message>
</context>
<context>
    <name>IdTokenClaims</name>
    <message>
        <source>The ID token has no claims.</source>
        <translation>ID トークンにクレームがありません。</translation>
    </message>
    <message>
        <source>The ID token&apos;s &quot;%1&quot; claim is not a string.</source>
        <translation>ID トークンの「%1」クレームが文字列ではありません。</translation>
    </message>
    <message>
        <source>The ID token&apos;s &quot;aud&quot; claim is neither a string nor a list of strings.</source>
        <translation>ID トークンの「aud」クレームが文字列でも文字列のリストでもありません。</translation>
    </message>
    <message>
        <source>The ID token&apos;s &quot;exp&quot; or &quot;iat&quot; claim is not a number.</source>
        <translation>ID トークンの「exp」または「iat」クレームが数値ではありません。</translation>
    </message>
    <message>
        <source>The ID token is valid.</source>
        <translation>ID トークンは有効です。</translation>
    </message>
    <message>
        <source>The server&apos;s ID token lacks required claims (iss, sub, aud, exp, iat).</source>
        <translation>サーバーの ID トークンに必須のクレーム (iss、sub、aud、exp、iat) がありません。</translation>
    </message>
    <message>
        <source>The ID token was issued by another server than the profile&apos;s issuer. Check the issuer in the profile.</source>
        <translation>ID トークンはプロファイルの発行者とは別のサーバーが発行したものです。プロファイルの発行者を確認してください。</translation>
    </message>
    <message>
        <source>The ID token was issued for another application. Check the client ID in the profile.</source>
        <translation>ID トークンは別のアプリケーション向けに発行されたものです。プロファイルのクライアント ID を確認してください。</translation>
    </message>
    <message>
        <source>The ID token has already expired. Check that this computer&apos;s clock is correct, then sign in again.</source>
        <translation>ID トークンの有効期限が切れています。このコンピューターの時刻が正しいことを確認してから、もう一度サインインしてください。</translation>
    </message>
    <message>
        <source>The ID token was issued in the future. Check that this computer&apos;s clock is correct, then sign in again.</source>
        <translation>ID トークンの発行時刻が未来になっています。このコンピューターの時刻が正しいことを確認してから、もう一度サインインしてください。</translation>
    </message>
    <message>
        <source>The ID token does not belong to this sign-in attempt. Please sign in again.</source>
        <translation>ID トークンは今回のサインインのものではありません。もう一度サインインしてください。</translation>
    </message>
</context>
<context>
    <name>Jwt</name>
    <message numerus="yes">
        <source>The token is not a signed JWT (it has %n part(s), not 3).</source>
        <translation>
            <numerusform>トークンは署名付き JWT ではありません (%n 個の部分からなり、3 個ではありません)。</numerusform>
        </translation>
    </message>
    <message>
        <source>The token has an empty header or payload.</source>
        <translation>トークンのヘッダーまたはペイロードが空です。</translation>
    </message>
    <message>
        <source>The token is not valid base64url.</source>
        <translation>トークンが有効な base64url ではありません。</translation>
    </message>
    <message>
        <source>The token&apos;s contents are not a JSON object.</source>
        <translation>トークンの内容が JSON オブジェクトではありません。</translation>
    </message>
    <message>
        <source>The token&apos;s header is empty.</source>
        <translation>トークンのヘッダーが空です。</translation>
    </message>
</context>
<context>
    <name>KeychainResult</name>
    <message numerus="yes">
        <source>The keychain did not answer within %n second(s). It may be locked or waiting for a password prompt: unlock it and try again.</source>
        <translation>
            <numerusform>キーチェーンが %n 秒以内に応答しませんでした。ロックされているか、パスワードの入力を待っている可能性があります。ロックを解除してもう一度お試しください。</numerusform>
        </translation>
    </message>
    <message>
        <source>The token is too large to store in the keychain (%1 bytes; at most %2 bytes fit). Nothing was stored.</source>
        <translation>トークンが大きすぎてキーチェーンに保存できません (%1 バイト、最大 %2 バイト)。何も保存されていません。</translation>
    </message>
    <message>
        <source>There is no refresh token to store. Nothing was stored.</source>
        <translation>保存するリフレッシュトークンがありません。何も保存されていません。</translation>
    </message>
    <message>
        <source>The profile name is not valid: use letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos; (at most 64).</source>
        <translation>プロファイル名が無効です。英字、数字、「.」、「_」、「-」を使用してください (最大 64 文字)。</translation>
    </message>
    <message>
        <source>No sign-in is stored for this profile. Sign in to continue.</source>
        <translation>このプロファイルにはサインインが保存されていません。続けるにはサインインしてください。</translation>
    </message>
    <message>
        <source>The keychain is locked or not available. Unlock it and try again.</source>
        <translation>キーチェーンがロックされているか、使用できません。ロックを解除してもう一度お試しください。</translation>
    </message>
    <message>
        <source>Access to the keychain was refused. Allow Connector Sign-In to use the keychain, then try again.</source>
        <translation>キーチェーンへのアクセスが拒否されました。Connector Sign-In にキーチェーンの使用を許可してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The keychain reported an error. Try again.</source>
        <translation>キーチェーンでエラーが発生しました。もう一度お試しください。</translation>
    </message>
    <message>
        <source>The keychain reported an error: %1</source>
        <translation>キーチェーンでエラーが発生しました: %1</translation>
    </message>
</context>
<context>
    <name>LoadFailure</name>
    <message>
        <source>The sign-in page&apos;s certificate is not valid</source>
        <translation>サインインページの証明書が無効です</translation>
    </message>
    <message>
        <source>The sign-in server was not found</source>
        <translation>サインインサーバーが見つかりません</translation>
    </message>
    <message>
        <source>The sign-in page stopped unexpectedly</source>
        <translation>サインインページが予期せず停止しました</translation>
    </message>
    <message>
        <source>The sign-in page could not be loaded</source>
        <translation>サインインページを読み込めませんでした</translation>
    </message>
    <message>
        <source>The connection to %1 is not secure, so the sign-in page was not shown. Someone may be trying to intercept your sign-in. If this keeps happening, contact your IT support.</source>
        <translation>%1 への接続は安全ではないため、サインインページを表示しませんでした。誰かがサインインを傍受しようとしている可能性があります。繰り返し発生する場合は、IT サポートに連絡してください。</translation>
    </message>
    <message>
        <source>%1 could not be found. Check your internet connection and try again.</source>
        <translation>%1 が見つかりません。インターネット接続を確認して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Try again. If this keeps happening, restart the program.</source>
        <translation>もう一度お試しください。繰り返し発生する場合は、プログラムを再起動してください。</translation>
    </message>
    <message>
        <source>Could not connect to %1. Check your internet connection and try again.</source>
        <translation>%1 に接続できませんでした。インターネット接続を確認して、もう一度お試しください。</translation>
    </message>
</context>
<context>
    <name>LoginOptions</name>
    <message>
        <source>Shows the sign-in page and prints the callback URL.</source>
        <translation>サインインページを表示し、コールバック URL を出力します。</translation>
    </message>
    <message>
        <source>The authorization URL to open.</source>
        <translation>開く認可 URL。</translation>
    </message>
    <message>
        <source>The redirect URI to catch.</source>
        <translation>捕捉するリダイレクト URI。</translation>
    </message>
    <message>
        <source>Window width.</source>
        <translation>ウィンドウの幅。</translation>
    </message>
    <message>
        <source>Window height.</source>
        <translation>ウィンドウの高さ。</translation>
    </message>
    <message>
        <source>The profile&apos;s label, shown in the title.</source>
        <translation>タイトルに表示するプロファイルのラベル。</translation>
    </message>
    <message>
        <source>Keep cookies in this folder (&quot;remember me&quot;).</source>
        <translation>このフォルダーに Cookie を保持します (「サインインしたままにする」)。</translation>
    </message>
    <message>
        <source>Unexpected argument.</source>
        <translation>予期しない引数です。</translation>
    </message>
    <message>
        <source>--url must be an https URL (plain http only on loopback).</source>
        <translation>--url は https の URL である必要があります (http はループバックのみ)。</translation>
    </message>
    <message>
        <source>--redirect-uri must be an absolute URL.</source>
        <translation>--redirect-uri は絶対 URL である必要があります。</translation>
    </message>
    <message>
        <source>--width and --height must be whole numbers between 200 and 10000.</source>
        <translation>--width と --height は 200～10000 の整数である必要があります。</translation>
    </message>
    <message>
        <source>--persistent-profile needs a folder.</source>
        <translation>--persistent-profile にはフォルダーが必要です。</translation>
    </message>
</context>
<context>
    <name>LoginProfile</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>フォルダー %1 を作成できません。</translation>
    </message>
</context>
<context>
    <name>LoginWindow</name>
    <message>
        <source>Sign-in page</source>
        <translation>サインインページ</translation>
    </message>
    <message>
        <source>Loading progress</source>
        <translation>読み込みの進行状況</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>サインイン</translation>
    </message>
    <message>
        <source>Sign in – %1</source>
        <translation>サインイン – %1</translation>
    </message>
</context>
<context>
    <name>LoginWindowProcess</name>
    <message>
        <source>The login window could not be started (%1): %2</source>
        <translation>ログインウィンドウを起動できませんでした (%1): %2</translation>
    </message>
    <message>
        <source>The login window stopped unexpectedly (exit code %1).</source>
        <translation>ログインウィンドウが予期せず終了しました (終了コード %1)。</translation>
    </message>
    <message>
        <source>The login window stopped unexpectedly: %1</source>
        <translation>ログインウィンドウが予期せず終了しました: %1</translation>
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
        <translation>プロファイル</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Keep running in the tray when closed</source>
        <translation>閉じてもトレイで実行を続ける(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Support</source>
        <translation>サポート(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Token inspector…</source>
        <translation>トークンインスペクター(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Event log…</source>
        <translation>イベントログ(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Copy diagnostics</source>
        <translation>診断情報をコピー(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Save diagnostics…</source>
        <translation>診断情報を保存(&amp;S)…</translation>
    </message>
    <message>
        <source>There is no profile to inspect yet.</source>
        <translation>調べるプロファイルがまだありません。</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; saved.</source>
        <translation>プロファイル「%1」を保存しました。</translation>
    </message>
    <message>
        <source>Profile saved</source>
        <translation>プロファイルを保存しました</translation>
    </message>
    <message>
        <source>Collecting diagnostics…</source>
        <translation>診断情報を収集しています…</translation>
    </message>
    <message>
        <source>Diagnostics copied to the clipboard. They contain no passwords or tokens.</source>
        <translation>診断情報をクリップボードにコピーしました。パスワードやトークンは含まれていません。</translation>
    </message>
    <message>
        <source>Save diagnostics</source>
        <translation>診断情報を保存</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>テキストファイル (*.txt)</translation>
    </message>
    <message>
        <source>Diagnostics saved to %1.</source>
        <translation>診断情報を %1 に保存しました。</translation>
    </message>
    <message>
        <source>Could not save diagnostics to %1: %2</source>
        <translation>診断情報を %1 に保存できませんでした: %2</translation>
    </message>
    <message>
        <source>&amp;Build Power BI connector…</source>
        <translation>Power BI コネクタのビルド(&amp;B)…</translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <source>Close this message</source>
        <translation>このメッセージを閉じる</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>メッセージを閉じる</translation>
    </message>
    <message>
        <source>Message: %1</source>
        <translation>メッセージ: %1</translation>
    </message>
</context>
<context>
    <name>MezPackage</name>
    <message>
        <source>The connector icons are missing from this build.</source>
        <translation>このビルドにはコネクタのアイコンが含まれていません。</translation>
    </message>
    <message>
        <source>Cannot create &quot;%1&quot;.</source>
        <translation>「%1」を作成できません。</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;.</source>
        <translation>「%1」に書き込めません。</translation>
    </message>
</context>
<context>
    <name>PageInfoBar</name>
    <message>
        <source>Page title</source>
        <translation>ページタイトル</translation>
    </message>
    <message>
        <source>Secure connection</source>
        <translation>安全な接続</translation>
    </message>
    <message>
        <source>Not secure</source>
        <translation>安全ではありません</translation>
    </message>
    <message>
        <source>Not secure: %1</source>
        <translation>安全ではありません: %1</translation>
    </message>
    <message>
        <source>Connected securely to %1</source>
        <translation>%1 に安全に接続しています</translation>
    </message>
    <message>
        <source>Connected without encryption to %1</source>
        <translation>%1 に暗号化なしで接続しています</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>Enter the Auth0 domain (for example tenant.eu.auth0.com) or the issuer URL.</source>
        <translation>Auth0 のドメイン (例: tenant.eu.auth0.com) または発行者の URL を入力してください。</translation>
    </message>
    <message>
        <source>The issuer &quot;%1&quot; contains spaces. Enter only the domain, for example tenant.eu.auth0.com.</source>
        <translation>発行者「%1」に空白が含まれています。ドメインだけを入力してください (例: tenant.eu.auth0.com)。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid domain or URL. Enter the Auth0 domain, for example tenant.eu.auth0.com.</source>
        <translation>「%1」は有効なドメインまたは URL ではありません。Auth0 のドメインを入力してください (例: tenant.eu.auth0.com)。</translation>
    </message>
    <message>
        <source>The issuer must be an https:// address, not &quot;%1&quot;.</source>
        <translation>発行者は「%1」ではなく https:// のアドレスである必要があります。</translation>
    </message>
    <message>
        <source>The issuer must not contain a user name or password.</source>
        <translation>発行者にユーザー名やパスワードを含めることはできません。</translation>
    </message>
    <message>
        <source>The issuer must not contain &quot;?&quot; or &quot;#&quot;. Enter only the domain, for example tenant.eu.auth0.com.</source>
        <translation>発行者に「?」や「#」を含めることはできません。ドメインだけを入力してください (例: tenant.eu.auth0.com)。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid host name.</source>
        <translation>「%1」は有効なホスト名ではありません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a complete domain. Enter the full Auth0 domain, for example tenant.eu.auth0.com.</source>
        <translation>「%1」は完全なドメインではありません。Auth0 のドメインを省略せずに入力してください (例: tenant.eu.auth0.com)。</translation>
    </message>
    <message>
        <source>Plain http:// is not allowed for &quot;%1&quot;: tokens would travel unencrypted. Use https://.</source>
        <translation>「%1」には暗号化されない http:// は使用できません。トークンが暗号化されずに送信されます。https:// を使用してください。</translation>
    </message>
    <message>
        <source>The profile has no name.</source>
        <translation>プロファイルに名前がありません。</translation>
    </message>
    <message>
        <source>The profile name &quot;%1&quot; must not contain &quot;/&quot; or &quot;\&quot;.</source>
        <translation>プロファイル名「%1」に「/」や「\」を含めることはできません。</translation>
    </message>
    <message>
        <source>No issuer is set. Enter the Auth0 domain, for example tenant.eu.auth0.com.</source>
        <translation>発行者が設定されていません。Auth0 のドメインを入力してください (例: tenant.eu.auth0.com)。</translation>
    </message>
    <message>
        <source>The issuer should be written as %1.</source>
        <translation>発行者は %1 と記述してください。</translation>
    </message>
    <message>
        <source>No client ID is set. Copy it from the application&apos;s settings in the Auth0 dashboard.</source>
        <translation>クライアント ID が設定されていません。Auth0 ダッシュボードのアプリケーション設定からコピーしてください。</translation>
    </message>
    <message>
        <source>The client ID &quot;%1&quot; contains spaces. Copy it again from the Auth0 dashboard.</source>
        <translation>クライアント ID「%1」に空白が含まれています。Auth0 ダッシュボードからもう一度コピーしてください。</translation>
    </message>
    <message>
        <source>The scopes must include &quot;openid&quot;: without it the server does not sign anybody in with OpenID Connect.</source>
        <translation>スコープには「openid」が必要です。これがないと、サーバーは OpenID Connect でサインインさせません。</translation>
    </message>
    <message>
        <source>The scopes must include &quot;offline_access&quot;: without it Auth0 issues no refresh token, and you would have to sign in again every time the access token expires.</source>
        <translation>スコープには「offline_access」が必要です。これがないと Auth0 はリフレッシュトークンを発行せず、アクセストークンの有効期限が切れるたびにサインインし直す必要があります。</translation>
    </message>
    <message>
        <source>The scope &quot;%1&quot; is not valid: scopes are single words separated by spaces.</source>
        <translation>スコープ「%1」は無効です。スコープは空白で区切った単語です。</translation>
    </message>
    <message>
        <source>The redirect URI &quot;%1&quot; is not an absolute URL.</source>
        <translation>リダイレクト URI「%1」は絶対 URL ではありません。</translation>
    </message>
    <message>
        <source>The redirect URI must use https:// (plain http:// only on this computer, e.g. 127.0.0.1).</source>
        <translation>リダイレクト URI には https:// を使用してください (http:// はこのコンピューター上のみ。例: 127.0.0.1)。</translation>
    </message>
    <message>
        <source>The redirect URI must not contain &quot;#&quot; or a user name.</source>
        <translation>リダイレクト URI に「#」やユーザー名を含めることはできません。</translation>
    </message>
    <message>
        <source>The login window size %1x%2 is not usable: use at least %3x%4 and at most %5 on each side.</source>
        <translation>ログインウィンドウのサイズ %1x%2 は使用できません。各辺を %3x%4 以上、%5 以下にしてください。</translation>
    </message>
</context>
<context>
    <name>ProfileEditor</name>
    <message>
        <source>&amp;Test connection</source>
        <translation>接続をテスト(&amp;T)</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;</source>
        <translation>プロファイル「%1」</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Tenant:</source>
        <translation>テナント(&amp;T):</translation>
    </message>
    <message>
        <source>tenant.eu.auth0.com</source>
        <translation>tenant.eu.auth0.com</translation>
    </message>
    <message>
        <source>&amp;Client ID:</source>
        <translation>クライアント ID(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Audience (optional):</source>
        <translation>Audience (省略可)(&amp;A):</translation>
    </message>
    <message>
        <source>https://api.example.com</source>
        <translation>https://api.example.com</translation>
    </message>
    <message>
        <source>&amp;Scopes:</source>
        <translation>スコープ(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Redirect URI:</source>
        <translation>リダイレクト URI(&amp;R):</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Login window width</source>
        <translation>ログインウィンドウの幅</translation>
    </message>
    <message>
        <source>Login window height</source>
        <translation>ログインウィンドウの高さ</translation>
    </message>
    <message>
        <source>×</source>
        <translation>×</translation>
    </message>
    <message>
        <source>Login &amp;window size:</source>
        <translation>ログインウィンドウのサイズ(&amp;W):</translation>
    </message>
    <message>
        <source>Set by your organisation</source>
        <translation>組織によって設定されています</translation>
    </message>
    <message>
        <source>Fields you cannot change are set by your organisation.</source>
        <translation>変更できないフィールドは組織によって設定されています。</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>接続をテスト</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>接続テストの結果</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Use 1 to 64 letters, digits, dots, dashes or underscores.</source>
        <translation>1～64 文字の英字、数字、ピリオド、ハイフン、アンダースコアを使用してください。</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>接続をテストしています…</translation>
    </message>
</context>
<context>
    <name>ProfileStatus</name>
    <message>
        <source>Signed out</source>
        <translation>サインアウト済み</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>サインイン済み</translation>
    </message>
    <message>
        <source>Sign-in needed</source>
        <translation>サインインが必要</translation>
    </message>
    <message>
        <source>Keychain unavailable</source>
        <translation>キーチェーンを使用できません</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Sign in to connect.</source>
        <translation>接続するにはサインインしてください。</translation>
    </message>
    <message>
        <source>The last refresh failed; it will be tried again. Your sign-in is kept.</source>
        <translation>前回の更新に失敗しました。再試行します。サインインは維持されます。</translation>
    </message>
    <message>
        <source>Your sign-in expired. Sign in again.</source>
        <translation>サインインの有効期限が切れました。もう一度サインインしてください。</translation>
    </message>
    <message>
        <source>The keychain is locked or not available. Unlock it and try again.</source>
        <translation>キーチェーンがロックされているか、使用できません。ロックを解除してもう一度お試しください。</translation>
    </message>
</context>
<context>
    <name>ProfileStatusPanel</name>
    <message>
        <source>succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>refused by the server</source>
        <translation>サーバーが拒否</translation>
    </message>
    <message>
        <source>failed, will be retried</source>
        <translation>失敗 (再試行します)</translation>
    </message>
    <message>
        <source>failed: configuration problem</source>
        <translation>失敗: 構成の問題</translation>
    </message>
    <message>
        <source>failed: keychain unavailable</source>
        <translation>失敗: キーチェーンを使用できません</translation>
    </message>
    <message>
        <source>failed (%1)</source>
        <translation>失敗 (%1)</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>サインイン(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Refresh now</source>
        <translation>今すぐ更新(&amp;R)</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>サインアウト(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Edit profile…</source>
        <translation>プロファイルを編集(&amp;E)…</translation>
    </message>
    <message>
        <source>Profile %1</source>
        <translation>プロファイル %1</translation>
    </message>
    <message>
        <source>Signed in as:</source>
        <translation>サインイン中のユーザー:</translation>
    </message>
    <message>
        <source>Tenant:</source>
        <translation>テナント:</translation>
    </message>
    <message>
        <source>Client ID:</source>
        <translation>クライアント ID:</translation>
    </message>
    <message>
        <source>Scopes:</source>
        <translation>スコープ:</translation>
    </message>
    <message>
        <source>Audience:</source>
        <translation>Audience:</translation>
    </message>
    <message>
        <source>Access token expires:</source>
        <translation>アクセストークンの有効期限:</translation>
    </message>
    <message>
        <source>Refresh token:</source>
        <translation>リフレッシュトークン:</translation>
    </message>
    <message>
        <source>Last refresh:</source>
        <translation>前回の更新:</translation>
    </message>
    <message>
        <source>Next refresh:</source>
        <translation>次回の更新:</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>処理中</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(なし)</translation>
    </message>
    <message>
        <source>Stored in the keychain</source>
        <translation>キーチェーンに保存済み</translation>
    </message>
    <message>
        <source>Stored in the keychain (fingerprint %1)</source>
        <translation>キーチェーンに保存済み (フィンガープリント %1)</translation>
    </message>
    <message>
        <source>Unknown: the keychain did not answer</source>
        <translation>不明: キーチェーンが応答しませんでした</translation>
    </message>
    <message>
        <source>Not stored</source>
        <translation>保存されていません</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1、%2</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>まだありません</translation>
    </message>
    <message>
        <source>Not scheduled</source>
        <translation>予定なし</translation>
    </message>
    <message>
        <source>Show login &amp;window</source>
        <translation>ログインウィンドウを表示(&amp;W)</translation>
    </message>
    <message>
        <source>Show login window</source>
        <translation>ログインウィンドウを表示</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>サインイン</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>再試行(&amp;T)</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>再試行</translation>
    </message>
    <message>
        <source>Refresh now</source>
        <translation>今すぐ更新</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>&quot;%1&quot; is not a valid issuer.</source>
        <translation>「%1」は有効な発行者ではありません。</translation>
    </message>
    <message>
        <source>The client ID is empty.</source>
        <translation>クライアント ID が空です。</translation>
    </message>
    <message>
        <source>The list of scopes is empty.</source>
        <translation>スコープのリストが空です。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid redirect URI: it must be an https:// address (http:// only for this computer).</source>
        <translation>「%1」は有効なリダイレクト URI ではありません。https:// のアドレスである必要があります (http:// はこのコンピューター上のみ)。</translation>
    </message>
    <message>
        <source>The window size &quot;%1&quot; is not between %2 and %3 pixels.</source>
        <translation>ウィンドウサイズ「%1」が %2～%3 ピクセルの範囲にありません。</translation>
    </message>
    <message>
        <source>Setting &quot;%1&quot; from your organization&apos;s configuration is not valid: %2 Ask your IT department to correct it.</source>
        <translation>組織の構成にある設定「%1」が無効です: %2 IT 部門に修正を依頼してください。</translation>
    </message>
    <message>
        <source>Setting &quot;%1&quot; is not valid: %2</source>
        <translation>設定「%1」が無効です: %2</translation>
    </message>
    <message>
        <source>The profile name is not valid: use 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>プロファイル名が無効です。1～64 文字の英字、数字、「.」、「_」、「-」を使用してください。</translation>
    </message>
    <message>
        <source>The profile cannot be saved: %1</source>
        <translation>プロファイルを保存できません: %1</translation>
    </message>
    <message>
        <source>These settings are managed by your organization and cannot be changed here: %1.</source>
        <translation>これらの設定は組織によって管理されており、ここでは変更できません: %1。</translation>
    </message>
    <message>
        <source>The system-wide configuration could not be written to %1. It needs administrator (root) rights: run the command as an administrator.</source>
        <translation>システム全体の構成を %1 に書き込めませんでした。管理者 (root) 権限が必要です。管理者としてコマンドを実行してください。</translation>
    </message>
    <message>
        <source>Your configuration could not be written to %1. Check that the folder exists and is writable.</source>
        <translation>構成を %1 に書き込めませんでした。フォルダーが存在し、書き込み可能であることを確認してください。</translation>
    </message>
</context>
<context>
    <name>ProfilesCommand</name>
    <message>
        <source>List the connection profiles.</source>
        <translation>接続プロファイルを一覧表示します。</translation>
    </message>
    <message>
        <source>No profile is configured. Create one with &quot;%1 configure --profile default --domain TENANT.auth0.com --client-id ID&quot;.</source>
        <translation>プロファイルが設定されていません。「%1 configure --profile default --domain TENANT.auth0.com --client-id ID」で作成してください。</translation>
    </message>
    <message>
        <source>issuer:    %1</source>
        <translation>発行者:          %1</translation>
    </message>
    <message>
        <source>client id: %1</source>
        <translation>クライアント ID: %1</translation>
    </message>
    <message>
        <source>audience:  %1</source>
        <translation>audience:        %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(なし)</translation>
    </message>
    <message>
        <source>managed:   %1</source>
        <translation>管理対象:        %1</translation>
    </message>
    <message>
        <source>problem:   %1</source>
        <translation>問題:            %1</translation>
    </message>
</context>
<context>
    <name>ProviderEndpoints</name>
    <message>
        <source>The server&apos;s discovery document names the issuer &quot;%1&quot;, but the profile expects &quot;%2&quot;. Check the issuer in the profile (a trailing &quot;/&quot; matters).</source>
        <translation>サーバーのディスカバリードキュメントでは発行者が「%1」ですが、プロファイルでは「%2」です。プロファイルの発行者を確認してください (末尾の「/」も区別されます)。</translation>
    </message>
    <message>
        <source>The server&apos;s discovery document has no &quot;%1&quot;.</source>
        <translation>サーバーのディスカバリードキュメントに「%1」がありません。</translation>
    </message>
    <message>
        <source>The server&apos;s discovery document gives &quot;%1&quot; as &quot;%2&quot;, which is not an https:// address.</source>
        <translation>サーバーのディスカバリードキュメントでは「%1」が「%2」ですが、これは https:// のアドレスではありません。</translation>
    </message>
    <message>
        <source>The server does not support PKCE with S256, which this program requires.</source>
        <translation>サーバーは、このプログラムに必要な S256 の PKCE に対応していません。</translation>
    </message>
</context>
<context>
    <name>PurgeCommand</name>
    <message>
        <source>Forget every profile&apos;s stored sign-in for this user (used when uninstalling).</source>
        <translation>このユーザーのすべてのプロファイルについて、保存されたサインインを消去します (アンインストール時に使用)。</translation>
    </message>
    <message>
        <source>The keychain is not available: %1</source>
        <translation>キーチェーンを使用できません: %1</translation>
    </message>
    <message>
        <source>Not purged: %1. Unlock the keychain and run &quot;%2 purge&quot; again.</source>
        <translation>消去されていません: %1。キーチェーンのロックを解除して、もう一度「%2 purge」を実行してください。</translation>
    </message>
    <message>
        <source>Nothing was stored.</source>
        <translation>何も保存されていませんでした。</translation>
    </message>
    <message numerus="yes">
        <source>Forgot the stored sign-in of %n profile(s).</source>
        <translation>
            <numerusform>%n 個のプロファイルの保存されたサインインを消去しました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RefreshCommand</name>
    <message>
        <source>Refresh the access token now.</source>
        <translation>アクセストークンを今すぐ更新します。</translation>
    </message>
    <message>
        <source>Refreshed. The access token is valid until %1.</source>
        <translation>更新しました。アクセストークンは %1 まで有効です。</translation>
    </message>
</context>
<context>
    <name>RevocationClient</name>
    <message>
        <source>The sign-in server did not answer in time.</source>
        <translation>サインインサーバーが時間内に応答しませんでした。</translation>
    </message>
    <message>
        <source>The sign-in server could not be reached: %1</source>
        <translation>サインインサーバーに接続できません: %1</translation>
    </message>
    <message>
        <source>The sign-in server refused to revoke the token (%1).</source>
        <translation>サインインサーバーがトークンの取り消しを拒否しました (%1)。</translation>
    </message>
</context>
<context>
    <name>ServerChecks</name>
    <message>
        <source>The name %1 does not resolve (DNS): %2.</source>
        <translation>名前 %1 を解決できません (DNS): %2。</translation>
    </message>
    <message>
        <source>Check the spelling of the domain (Auth0: the application&apos;s &quot;Domain&quot; setting) and this computer&apos;s network or DNS.</source>
        <translation>ドメインのつづり (Auth0: アプリケーションの「Domain」設定) と、このコンピューターのネットワークまたは DNS を確認してください。</translation>
    </message>
    <message>
        <source>%1 resolves to %2 and answers over TLS.</source>
        <translation>%1 は %2 に解決され、TLS で応答しています。</translation>
    </message>
    <message>
        <source>%1 answers (plain http, loopback only).</source>
        <translation>%1 が応答しています (http、ループバックのみ)。</translation>
    </message>
    <message>
        <source>The TLS connection to %1 failed: %2.</source>
        <translation>%1 への TLS 接続に失敗しました: %2。</translation>
    </message>
    <message>
        <source>The certificate is not trusted here. A proxy that inspects TLS needs its root certificate installed on this computer; otherwise check the computer&apos;s date and the domain.</source>
        <translation>この証明書はここでは信頼されていません。TLS を検査するプロキシを使う場合は、そのルート証明書をこのコンピューターにインストールする必要があります。そうでない場合は、コンピューターの日付とドメインを確認してください。</translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1 が時間内に応答しませんでした。</translation>
    </message>
    <message>
        <source>Check the network, the firewall and the proxy settings; try again later.</source>
        <translation>ネットワーク、ファイアウォール、プロキシの設定を確認し、後でもう一度お試しください。</translation>
    </message>
    <message>
        <source>%1 refused the connection on port %2.</source>
        <translation>%1 がポート %2 での接続を拒否しました。</translation>
    </message>
    <message>
        <source>Check the issuer&apos;s address and port; a firewall may be blocking it.</source>
        <translation>発行者のアドレスとポートを確認してください。ファイアウォールがブロックしている可能性があります。</translation>
    </message>
    <message>
        <source>%1 could not be reached: %2.</source>
        <translation>%1 に接続できません: %2。</translation>
    </message>
    <message>
        <source>Check the network and the proxy settings; try again later.</source>
        <translation>ネットワークとプロキシの設定を確認し、後でもう一度お試しください。</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 instead of the discovery document.</source>
        <translation>%1 がディスカバリードキュメントではなく HTTP %2 を返しました。</translation>
    </message>
    <message>
        <source>Check the issuer: for Auth0 it is https://&lt;your tenant domain&gt;/ (or your custom domain).</source>
        <translation>発行者を確認してください。Auth0 の場合は https://&lt;テナントのドメイン&gt;/ (またはカスタムドメイン) です。</translation>
    </message>
    <message>
        <source>%1 is not a JSON document.</source>
        <translation>%1 は JSON ドキュメントではありません。</translation>
    </message>
    <message>
        <source>Check the issuer; a proxy or captive portal may answer in its place.</source>
        <translation>発行者を確認してください。プロキシまたはキャプティブポータルが代わりに応答している可能性があります。</translation>
    </message>
    <message>
        <source>The server calls itself &quot;%1&quot;, the profile says &quot;%2&quot;; they must match exactly, trailing slash included.</source>
        <translation>サーバーは自身を「%1」と名乗っていますが、プロファイルでは「%2」です。末尾のスラッシュも含めて完全に一致する必要があります。</translation>
    </message>
    <message>
        <source>Set the issuer to %1.</source>
        <translation>発行者を %1 に設定してください。</translation>
    </message>
    <message>
        <source>The discovery document cannot be used: %1</source>
        <translation>ディスカバリードキュメントを使用できません: %1</translation>
    </message>
    <message>
        <source>Check the tenant&apos;s custom domain and proxy configuration.</source>
        <translation>テナントのカスタムドメインとプロキシの構成を確認してください。</translation>
    </message>
    <message>
        <source>The discovery document is valid and its issuer matches the profile.</source>
        <translation>ディスカバリードキュメントは有効で、発行者がプロファイルと一致しています。</translation>
    </message>
    <message>
        <source>Not checked: no usable discovery document.</source>
        <translation>未確認: 使用できるディスカバリードキュメントがありません。</translation>
    </message>
    <message>
        <source>The server does not list its PKCE methods. Auth0 supports S256 but does not always say so, so this is usually fine.</source>
        <translation>サーバーは PKCE の方式を示していません。Auth0 は S256 に対応していますが常に示すわけではないため、通常は問題ありません。</translation>
    </message>
    <message>
        <source>Nothing to do for Auth0; another server must support S256.</source>
        <translation>Auth0 では対応不要です。ほかのサーバーは S256 に対応している必要があります。</translation>
    </message>
    <message>
        <source>S256 is offered.</source>
        <translation>S256 に対応しています。</translation>
    </message>
    <message>
        <source>The server offers only &quot;%1&quot;, not S256.</source>
        <translation>サーバーが対応しているのは「%1」だけで、S256 には対応していません。</translation>
    </message>
    <message>
        <source>Sign-in needs PKCE with S256; check that the issuer is your Auth0 tenant.</source>
        <translation>サインインには S256 の PKCE が必要です。発行者が Auth0 のテナントであることを確認してください。</translation>
    </message>
    <message>
        <source>Not checked: the server sent no Date header.</source>
        <translation>未確認: サーバーが Date ヘッダーを送信しませんでした。</translation>
    </message>
    <message numerus="yes">
        <source>This computer&apos;s clock is %n second(s) behind the server&apos;s.</source>
        <translation>
            <numerusform>このコンピューターの時刻はサーバーより %n 秒遅れています。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This computer&apos;s clock is %n second(s) ahead of the server&apos;s.</source>
        <translation>
            <numerusform>このコンピューターの時刻はサーバーより %n 秒進んでいます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Tokens will look expired or not yet valid; fix the computer&apos;s clock (turn on automatic time).</source>
        <translation>トークンが期限切れまたはまだ有効でないように見えます。コンピューターの時刻を修正してください (時刻の自動設定を有効にします)。</translation>
    </message>
    <message>
        <source>Turn on automatic time on this computer before tokens start to look expired.</source>
        <translation>トークンが期限切れに見えるようになる前に、このコンピューターで時刻の自動設定を有効にしてください。</translation>
    </message>
    <message numerus="yes">
        <source>The clocks agree (within %n second(s)).</source>
        <translation>
            <numerusform>時刻は一致しています (誤差 %n 秒以内)。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServerProbe</name>
    <message>
        <source>The server answered HTTP %1.</source>
        <translation>サーバーが HTTP %1 を返しました。</translation>
    </message>
    <message>
        <source>The answer is not a JSON document.</source>
        <translation>応答が JSON ドキュメントではありません。</translation>
    </message>
</context>
<context>
    <name>SessionChecks</name>
    <message>
        <source>Signed in: a refresh token is stored in the keychain.</source>
        <translation>サインイン済み: リフレッシュトークンがキーチェーンに保存されています。</translation>
    </message>
    <message>
        <source>Not checked: this profile is not signed in.</source>
        <translation>未確認: このプロファイルはサインインしていません。</translation>
    </message>
    <message>
        <source>Sign in first or pass --sign-in.</source>
        <translation>先にサインインするか、--sign-in を指定してください。</translation>
    </message>
    <message>
        <source>The keychain could not be read: %1</source>
        <translation>キーチェーンを読み取れませんでした: %1</translation>
    </message>
    <message>
        <source>Unlock the keychain (log in to the desktop session) and run the doctor again.</source>
        <translation>キーチェーンのロックを解除して (デスクトップセッションにログインして)、もう一度 doctor を実行してください。</translation>
    </message>
    <message>
        <source>Signed in: the tenant issued a refresh token.</source>
        <translation>サインイン済み: テナントがリフレッシュトークンを発行しました。</translation>
    </message>
    <message>
        <source>The sign-in worked but the tenant issued no refresh token, so people would have to sign in again every hour.</source>
        <translation>サインインはできましたが、テナントがリフレッシュトークンを発行しなかったため、1 時間ごとにサインインし直す必要があります。</translation>
    </message>
    <message>
        <source>Enable &quot;Allow Offline Access&quot; on the API in Auth0 and request offline_access (the profile&apos;s scopes).</source>
        <translation>Auth0 で API の「Allow Offline Access」を有効にし、offline_access を要求してください (プロファイルのスコープ)。</translation>
    </message>
    <message>
        <source>Not checked: the sign-in was cancelled.</source>
        <translation>未確認: サインインがキャンセルされました。</translation>
    </message>
    <message>
        <source>The sign-in failed: %1</source>
        <translation>サインインに失敗しました: %1</translation>
    </message>
    <message>
        <source>Not checked: the tenant refuses the sign-in request (see above).</source>
        <translation>未確認: テナントがサインイン要求を拒否しています (上記参照)。</translation>
    </message>
    <message>
        <source>Fix the client id or redirect URI first.</source>
        <translation>先にクライアント ID またはリダイレクト URI を修正してください。</translation>
    </message>
    <message>
        <source>The refresh failed: %1</source>
        <translation>更新に失敗しました: %1</translation>
    </message>
    <message>
        <source>Not checked: the refresh token could not be read back from the keychain.</source>
        <translation>未確認: キーチェーンからリフレッシュトークンを読み戻せませんでした。</translation>
    </message>
    <message>
        <source>Rotation on: the refresh gave a new refresh token (%1 → %2).</source>
        <translation>ローテーション有効: 更新で新しいリフレッシュトークンが発行されました (%1 → %2)。</translation>
    </message>
    <message>
        <source>Rotation off: the refresh kept the same refresh token (%1), so a stolen one stays usable until it expires.</source>
        <translation>ローテーション無効: 更新後も同じリフレッシュトークン (%1) のままです。盗まれたトークンが有効期限まで使えてしまいます。</translation>
    </message>
    <message>
        <source>Turn on &quot;Refresh Token Rotation&quot; in the application&apos;s settings in Auth0.</source>
        <translation>Auth0 のアプリケーション設定で「Refresh Token Rotation」を有効にしてください。</translation>
    </message>
    <message>
        <source>Not checked: no access token at hand.</source>
        <translation>未確認: アクセストークンがありません。</translation>
    </message>
    <message>
        <source>Not checked: the access token is not a JWT (no audience requested?).</source>
        <translation>未確認: アクセストークンが JWT ではありません (audience を要求していない可能性があります)。</translation>
    </message>
    <message>
        <source>Set the profile&apos;s audience to the API identifier in Auth0.</source>
        <translation>プロファイルの audience を Auth0 の API 識別子に設定してください。</translation>
    </message>
    <message>
        <source>Not checked: the profile asks for no audience (the token is for &quot;%1&quot;).</source>
        <translation>未確認: プロファイルが audience を要求していません (トークンは「%1」向けです)。</translation>
    </message>
    <message>
        <source>The access token is for &quot;%1&quot;, as the profile asks.</source>
        <translation>アクセストークンは、プロファイルの指定どおり「%1」向けです。</translation>
    </message>
    <message>
        <source>The access token is for &quot;%1&quot;, but the profile asks for &quot;%2&quot;.</source>
        <translation>アクセストークンは「%1」向けですが、プロファイルは「%2」を要求しています。</translation>
    </message>
    <message>
        <source>Request audience=%1 (sign in again after changing it) and check the API identifier in Auth0.</source>
        <translation>audience=%1 を要求し (変更後はサインインし直してください)、Auth0 の API 識別子を確認してください。</translation>
    </message>
    <message>
        <source>Not checked: no signed-in session.</source>
        <translation>未確認: サインイン中のセッションがありません。</translation>
    </message>
    <message>
        <source>Not checked here: this check uses the stored sign-in.</source>
        <translation>ここでは確認しません: この確認には保存されたサインインを使用します。</translation>
    </message>
    <message>
        <source>Save the profile, sign in, then run &quot;connector-signin doctor&quot;.</source>
        <translation>プロファイルを保存してサインインしてから、「connector-signin doctor」を実行してください。</translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <source>&quot;%1&quot; cannot sign in yet: %2</source>
        <translation>「%1」はまだサインインできません: %2</translation>
    </message>
    <message>
        <source>Waiting for you to sign in in the login window…</source>
        <translation>ログインウィンドウでのサインインを待っています…</translation>
    </message>
    <message>
        <source>Sign-in started</source>
        <translation>サインインを開始しました</translation>
    </message>
    <message>
        <source>Signing out…</source>
        <translation>サインアウトしています…</translation>
    </message>
    <message>
        <source>Signed out.</source>
        <translation>サインアウトしました。</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>更新しています…</translation>
    </message>
    <message>
        <source>Refreshed: the connection is good.</source>
        <translation>更新しました: 接続は正常です。</translation>
    </message>
    <message>
        <source>Refreshing failed.</source>
        <translation>更新に失敗しました。</translation>
    </message>
    <message>
        <source>Signed in.</source>
        <translation>サインインしました。</translation>
    </message>
    <message>
        <source>Sign-in cancelled: the login window was closed.</source>
        <translation>サインインがキャンセルされました: ログインウィンドウが閉じられました。</translation>
    </message>
    <message>
        <source>Sign-in failed.</source>
        <translation>サインインに失敗しました。</translation>
    </message>
</context>
<context>
    <name>SignInCommand</name>
    <message>
        <source>Open the login window and sign in.</source>
        <translation>ログインウィンドウを開いてサインインしてください。</translation>
    </message>
</context>
<context>
    <name>SignInFlow</name>
    <message>
        <source>A sign-in window for &quot;%1&quot; is already open. Finish or close it first.</source>
        <translation>「%1」のサインインウィンドウがすでに開いています。先に完了するか閉じてください。</translation>
    </message>
    <message>
        <source>Sign-in cancelled.</source>
        <translation>サインインがキャンセルされました。</translation>
    </message>
    <message>
        <source>The sign-in could not be completed: %1</source>
        <translation>サインインを完了できませんでした: %1</translation>
    </message>
    <message>
        <source>The tenant issued no refresh token, so you would have to sign in again every hour. Ask your administrator to enable &quot;Allow Offline Access&quot; on the API and to allow the offline_access scope for this application.</source>
        <translation>テナントがリフレッシュトークンを発行しなかったため、1 時間ごとにサインインし直す必要があります。API で「Allow Offline Access」を有効にし、このアプリケーションに offline_access スコープを許可するよう管理者に依頼してください。</translation>
    </message>
    <message>
        <source>Signed in.</source>
        <translation>サインインしました。</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>%1 としてサインインしました。</translation>
    </message>
</context>
<context>
    <name>SignOut</name>
    <message>
        <source>You were not signed in to &quot;%1&quot;.</source>
        <translation>「%1」にはサインインしていませんでした。</translation>
    </message>
    <message>
        <source>Signed out of &quot;%1&quot;.</source>
        <translation>「%1」からサインアウトしました。</translation>
    </message>
    <message>
        <source>Signed out on this computer. The sign-in server could not be told (%1); the sign-in there ends when it expires.</source>
        <translation>このコンピューターからサインアウトしました。サインインサーバーに通知できませんでした (%1)。サーバー側のサインインは有効期限で終了します。</translation>
    </message>
</context>
<context>
    <name>SignOutCommand</name>
    <message>
        <source>Sign out: revoke the sign-in at the server and forget it here.</source>
        <translation>サインアウト: サーバーでサインインを取り消し、ここからも消去します。</translation>
    </message>
</context>
<context>
    <name>StatePill</name>
    <message>
        <source>State: %1</source>
        <translation>状態: %1</translation>
    </message>
</context>
<context>
    <name>StatusCommand</name>
    <message>
        <source>Show the sign-in state of every profile (or of one).</source>
        <translation>すべてのプロファイル (または 1 つ) のサインイン状態を表示します。</translation>
    </message>
    <message>
        <source>No profile is configured. Create one with &quot;connector-signin configure&quot;.</source>
        <translation>プロファイルが設定されていません。「connector-signin configure」で作成してください。</translation>
    </message>
</context>
<context>
    <name>SystemInfo</name>
    <message>
        <source>%1 (not present)</source>
        <translation>%1 (存在しません)</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>プログラム</translation>
    </message>
    <message>
        <source>Qt</source>
        <translation>Qt</translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <translation>%1 (ビルド時 %2)</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>オペレーティングシステム</translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation>カーネル</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>アーキテクチャ</translation>
    </message>
    <message>
        <source>%1 (build ABI %2)</source>
        <translation>%1 (ビルド ABI %2)</translation>
    </message>
    <message>
        <source>Locale</source>
        <translation>ロケール</translation>
    </message>
    <message>
        <source>%1; languages %2</source>
        <translation>%1、言語 %2</translation>
    </message>
    <message>
        <source>Time zone offset</source>
        <translation>タイムゾーンのオフセット</translation>
    </message>
    <message>
        <source>%1 s from UTC</source>
        <translation>UTC から %1 秒</translation>
    </message>
    <message>
        <source>Profiles, user</source>
        <translation>プロファイル (ユーザー)</translation>
    </message>
    <message>
        <source>Profiles, system (managed)</source>
        <translation>プロファイル (システム、管理対象)</translation>
    </message>
    <message>
        <source>Session state</source>
        <translation>セッションの状態</translation>
    </message>
    <message>
        <source>Discovery cache</source>
        <translation>ディスカバリーのキャッシュ</translation>
    </message>
    <message>
        <source>Lock files</source>
        <translation>ロックファイル</translation>
    </message>
    <message>
        <source>Windows Credential Manager</source>
        <translation>Windows 資格情報マネージャー</translation>
    </message>
    <message>
        <source>macOS Keychain</source>
        <translation>macOS キーチェーン</translation>
    </message>
    <message>
        <source>Secret Service (org.freedesktop.secrets) on the session D-Bus</source>
        <translation>セッション D-Bus 上の Secret Service (org.freedesktop.secrets)</translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation>キーチェーン</translation>
    </message>
    <message>
        <source>%1, through QtKeychain; no plain-text fallback</source>
        <translation>%1 (QtKeychain 経由、平文へのフォールバックなし)</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(未設定)</translation>
    </message>
    <message>
        <source> (with credentials, not shown)</source>
        <translation> (資格情報付き、非表示)</translation>
    </message>
    <message>
        <source>Proxy for %1</source>
        <translation>%1 のプロキシ</translation>
    </message>
</context>
<context>
    <name>TimeText</name>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 時間 %2 分</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>%1 後</translation>
    </message>
    <message>
        <source>expired %1 ago</source>
        <translation>%1 前に期限切れ</translation>
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
        <translation>サインインサーバーが要求を拒否しました (%1)。</translation>
    </message>
    <message>
        <source>The sign-in server did not answer in time.</source>
        <translation>サインインサーバーが時間内に応答しませんでした。</translation>
    </message>
    <message>
        <source>The sign-in server could not be reached.</source>
        <translation>サインインサーバーに接続できません。</translation>
    </message>
    <message>
        <source>The sign-in server sent an answer that could not be read.</source>
        <translation>サインインサーバーから読み取れない応答が返されました。</translation>
    </message>
    <message>
        <source>The sign-in server had a temporary problem.</source>
        <translation>サインインサーバーで一時的な問題が発生しました。</translation>
    </message>
    <message>
        <source>The sign-in server is busy (too many requests).</source>
        <translation>サインインサーバーが混み合っています (要求が多すぎます)。</translation>
    </message>
    <message>
        <source>The token endpoint redirected the request; check the issuer in the profile.</source>
        <translation>トークンエンドポイントが要求をリダイレクトしました。プロファイルの発行者を確認してください。</translation>
    </message>
    <message>
        <source>The sign-in request failed (%1).</source>
        <translation>サインイン要求に失敗しました (%1)。</translation>
    </message>
</context>
<context>
    <name>TokenCommand</name>
    <message>
        <source>Print a valid access token, refreshing it if needed.</source>
        <translation>有効なアクセストークンを出力します。必要に応じて更新します。</translation>
    </message>
    <message>
        <source>Refresh when the token is valid for less than this many seconds (default %1).</source>
        <translation>トークンの残り有効期間がこの秒数未満の場合に更新します (既定 %1)。</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>秒</translation>
    </message>
    <message>
        <source>--min-valid takes a number of seconds from 0 to 86400, not &quot;%1&quot;.</source>
        <translation>--min-valid には 0～86400 の秒数を指定してください (「%1」は無効です)。</translation>
    </message>
</context>
<context>
    <name>TokenInspection</name>
    <message>
        <source>(not in the token)</source>
        <translation>(トークンに含まれていません)</translation>
    </message>
    <message>
        <source>%1 (UTC %2)</source>
        <translation>%1 (UTC %2)</translation>
    </message>
    <message>
        <source>Subject (from sign-in)</source>
        <translation>サブジェクト (サインイン時)</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(不明)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>アクセストークン</translation>
    </message>
    <message>
        <source>None in this program&apos;s memory yet: sign in or refresh first.</source>
        <translation>このプログラムのメモリにはまだありません。先にサインインまたは更新してください。</translation>
    </message>
    <message>
        <source>Opaque (not a JWT): it has no claims to show. Set an audience to get a JWT.</source>
        <translation>不透明 (JWT ではありません): 表示できるクレームがありません。JWT を取得するには audience を設定してください。</translation>
    </message>
    <message>
        <source>JWT (signature not shown)</source>
        <translation>JWT (署名は非表示)</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>発行者</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Audience</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>サブジェクト</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>スコープ</translation>
    </message>
    <message>
        <source>Authorized party</source>
        <translation>認可された当事者</translation>
    </message>
    <message>
        <source>Issued at</source>
        <translation>発行日時</translation>
    </message>
    <message>
        <source>Expires at</source>
        <translation>有効期限</translation>
    </message>
</context>
<context>
    <name>TokenInspectorDialog</name>
    <message>
        <source>Token inspector — %1</source>
        <translation>トークンインスペクター — %1</translation>
    </message>
    <message>
        <source>Token claims</source>
        <translation>トークンのクレーム</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>クレーム</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
</context>
<context>
    <name>TokenRefresher</name>
    <message>
        <source>Another program is refreshing this sign-in and has not finished. Try again in a minute.</source>
        <translation>別のプログラムがこのサインインを更新中で、まだ完了していません。1 分後にもう一度お試しください。</translation>
    </message>
    <message>
        <source>You are not signed in to &quot;%1&quot;. Sign in first.</source>
        <translation>「%1」にサインインしていません。先にサインインしてください。</translation>
    </message>
    <message>
        <source>Your sign-in has expired or was revoked (%1). Sign in again.</source>
        <translation>サインインの有効期限が切れたか、取り消されました (%1)。もう一度サインインしてください。</translation>
    </message>
    <message>
        <source>The tenant refused this program&apos;s request (%1: %2). Check the profile&apos;s client id and tenant.</source>
        <translation>テナントがこのプログラムの要求を拒否しました (%1: %2)。プロファイルのクライアント ID とテナントを確認してください。</translation>
    </message>
    <message>
        <source>Could not reach the sign-in server (%1). Your sign-in is kept; it will be tried again.</source>
        <translation>サインインサーバーに接続できませんでした (%1)。サインインは維持され、後で再試行します。</translation>
    </message>
    <message>
        <source>The renewed sign-in could not be saved in the keychain (%1). Sign in again.</source>
        <translation>更新したサインインをキーチェーンに保存できませんでした (%1)。もう一度サインインしてください。</translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <source>&amp;Open Connector Sign-In</source>
        <translation>Connector Sign-In を開く(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>サインイン(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Refresh now</source>
        <translation>今すぐ更新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
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
        <translation>Connector Sign-In — 未設定</translation>
    </message>
    <message>
        <source>Sign-in needed</source>
        <translation>サインインが必要</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs you to sign in again. Open Connector Sign-In to do it.</source>
        <translation>「%1」は再度のサインインが必要です。Connector Sign-In を開いてサインインしてください。</translation>
    </message>
</context>
</TS>
