; Connector Sign-In, NSIS installer: the alternative to the MSI for places that do not
; deploy MSIs. Same silent parameters, same result (the HKLM policy key the program
; reads as its system scope):
;
;   connector-signin-setup.exe /S /ISSUER=https://tenant.eu.auth0.com/ /CLIENT_ID=abc
;       [/DOMAIN=tenant.eu.auth0.com] [/AUDIENCE=...] [/SCOPE="openid offline_access"]
;       [/REDIRECT_URI=...]
;
; Build: makensis -DVERSION=0.1.0 -DSOURCE_DIR=<exe dir> -DQT_DEPLOY_DIR=<windeployqt dir>
;                 -DOUTFILE=connector-signin-setup.exe connector-signin.nsi
Unicode true
!include "FileFunc.nsh"
!include "LogicLib.nsh"
!include "x64.nsh"

!ifndef VERSION
  !error "define VERSION (-DVERSION=x.y.z)"
!endif
!ifndef OUTFILE
  !define OUTFILE "connector-signin-setup.exe"
!endif
!define POLICY_KEY "SOFTWARE\Policies\ConnectorSignIn\profiles\default"
!define UNINSTALL_KEY "SOFTWARE\Microsoft\Windows\CurrentVersion\Uninstall\ConnectorSignIn"

Name "Connector Sign-In"
OutFile "${OUTFILE}"
InstallDir "$PROGRAMFILES64\Connector Sign-In"
RequestExecutionLevel admin
ShowInstDetails show

Page directory
Page instfiles
UninstPage uninstConfirm
UninstPage instfiles

Var Issuer
Var Domain
Var ClientId
Var Audience
Var Scope
Var RedirectUri

Function .onInit
  ${IfNot} ${RunningX64}
    MessageBox MB_ICONSTOP "Connector Sign-In needs 64-bit Windows." /SD IDOK
    SetErrorLevel 2
    Quit
  ${EndIf}
  SetRegView 64
  ${GetParameters} $R0
  ClearErrors
  ${GetOptions} $R0 "/ISSUER=" $Issuer
  ${GetOptions} $R0 "/DOMAIN=" $Domain
  ${GetOptions} $R0 "/CLIENT_ID=" $ClientId
  ${GetOptions} $R0 "/AUDIENCE=" $Audience
  ${GetOptions} $R0 "/SCOPE=" $Scope
  ${GetOptions} $R0 "/REDIRECT_URI=" $RedirectUri
  ClearErrors
  ; DOMAIN is the short form of ISSUER, as for the program's configure command.
  ${If} $Issuer == ""
  ${AndIf} $Domain != ""
    StrCpy $Issuer "https://$Domain/"
  ${EndIf}
  ; Half a tenant is a mistake: refuse it, like the MSI and the Debian package.
  ${If} $Issuer != ""
  ${OrIf} $ClientId != ""
    ${If} $Issuer == ""
    ${OrIf} $ClientId == ""
      MessageBox MB_ICONSTOP "Give both /CLIENT_ID and /ISSUER (or /DOMAIN), or neither." /SD IDOK
      SetErrorLevel 2
      Quit
    ${EndIf}
  ${EndIf}
FunctionEnd

Section "Connector Sign-In" SecMain
  SetOutPath "$INSTDIR"
  File "${SOURCE_DIR}\connector-signin.exe"
  File "${SOURCE_DIR}\connector-signin-window.exe"
  File "${SOURCE_DIR}\connector-signin-login.exe"
  ; windeployqt's output (Qt DLLs, plugins, translations), as laid out.
  File /r "${QT_DEPLOY_DIR}\*.*"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  SetShellVarContext all
  ; The window program itself (a GUI executable): no console flashes up behind it.
  CreateShortCut "$SMPROGRAMS\Connector Sign-In.lnk" "$INSTDIR\connector-signin-window.exe"

  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayName" "Connector Sign-In"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "Publisher" "Connector Sign-In authors"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKLM "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoRepair" 1

  ; The managed profile: only the values given, so a missing parameter never
  ; overwrites what Group Policy or an earlier installation set.
  ${If} $ClientId != ""
    WriteRegStr HKLM "${POLICY_KEY}" "issuer" $Issuer
    WriteRegStr HKLM "${POLICY_KEY}" "client_id" $ClientId
    ${If} $Audience != ""
      WriteRegStr HKLM "${POLICY_KEY}" "audience" $Audience
    ${EndIf}
    ${If} $Scope != ""
      WriteRegStr HKLM "${POLICY_KEY}" "scopes" $Scope
    ${EndIf}
    ${If} $RedirectUri != ""
      WriteRegStr HKLM "${POLICY_KEY}" "redirect_uri" $RedirectUri
    ${EndIf}
  ${EndIf}
SectionEnd

Function un.onInit
  SetRegView 64
FunctionEnd

Section "Uninstall"
  SetShellVarContext all
  Delete "$SMPROGRAMS\Connector Sign-In.lnk"
  RMDir /r "$INSTDIR"
  DeleteRegKey HKLM "${UNINSTALL_KEY}"
  ; As the MSI does: the managed profile goes with the program. Each user's refresh
  ; tokens are in that user's Credential Manager: "connector-signin purge" as the user.
  DeleteRegKey HKLM "${POLICY_KEY}"
  DeleteRegKey /ifempty HKLM "SOFTWARE\Policies\ConnectorSignIn\profiles"
  DeleteRegKey /ifempty HKLM "SOFTWARE\Policies\ConnectorSignIn"
SectionEnd
