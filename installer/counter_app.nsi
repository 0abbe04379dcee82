; NSIS script of the Windows installer of Counter Assistant.
; Built by installer/build.py, which passes (makensis -D...):
;   VERSION     the package version (pyproject.toml), e.g. 0.1.0
;   VERSION4    the same as four numbers for the version resource, e.g. 0.1.0.0
;   BUNDLE_DIR  the PyInstaller one-folder bundle (dist/counter-app)
;   OUT_FILE    the installer to write
;   FAST        (optional) store the payload uncompressed: the Linux CI compiles a stand-in payload only to prove
;               the script valid, and compressing 200 MB would take most of its time budget
; All user-visible Chinese text is in nsis/languages.nsh (UTF-8 with BOM); this file stays ASCII.

Unicode true
Target amd64-unicode  ; Python and Qt in the bundle are 64-bit; a 64-bit installer also sees the 64-bit registry

!ifndef VERSION
  !error "pass -DVERSION=x.y.z (installer/build.py does)"
!endif
!ifndef VERSION4
  !define VERSION4 "${VERSION}.0"
!endif
!ifndef BUNDLE_DIR
  !define BUNDLE_DIR "..\dist\counter-app"
!endif
!ifndef OUT_FILE
  !define OUT_FILE "..\dist\counter-assistant-${VERSION}-setup.exe"
!endif
!ifdef FAST
  SetCompress off
!else
  SetCompressor /SOLID lzma
  SetCompressorDictSize 32
!endif

!define APP_KEY "CounterAssistant"            ; registry key and the data folder name (counter_app/paths.py APP_NAME)
!define APP_EXE "counter-app.exe"
!define PUBLISHER "Counter Assistant"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APP_KEY}"

!include "MUI2.nsh"
!include "FileFunc.nsh"
!include "x64.nsh"

Name "$(AppName)"
OutFile "${OUT_FILE}"
InstallDir "$PROGRAMFILES64\Counter Assistant"
InstallDirRegKey HKLM "${UNINSTALL_KEY}" "InstallLocation"
RequestExecutionLevel admin  ; per-machine: every clerk who signs in to the counter PC gets the shortcuts
ShowInstDetails show
ShowUninstDetails show
BrandingText "${PUBLISHER} ${VERSION}"

VIProductVersion "${VERSION4}"
VIFileVersion "${VERSION4}"
VIAddVersionKey /LANG=0 "ProductName" "Counter Assistant"
VIAddVersionKey /LANG=0 "FileDescription" "Counter Assistant Setup"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=0 "LegalCopyright" "Counter Assistant contributors"

!define MUI_ICON "..\resources\icons\counter-app.ico"
!define MUI_UNICON "..\resources\icons\counter-app.ico"
!define MUI_ABORTWARNING
!define MUI_LANGDLL_REGISTRY_ROOT HKLM
!define MUI_LANGDLL_REGISTRY_KEY "${UNINSTALL_KEY}"
!define MUI_LANGDLL_REGISTRY_VALUENAME "InstallerLanguage"
; No "run now" box on the finish page: it would start the program as the administrator who installed it, and
; the first-run wizard would then write the workstation settings into the wrong user's profile.

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH

!define MUI_COMPONENTSPAGE_TEXT_TOP "$(KeepDataHint)"
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_COMPONENTS
!insertmacro MUI_UNPAGE_INSTFILES

; The first language is the default: the counters are in mainland China.
!insertmacro MUI_LANGUAGE "SimpChinese"
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_RESERVEFILE_LANGDLL

!include "nsis\languages.nsh"

Function .onInit
  ${IfNot} ${RunningX64}
    MessageBox MB_ICONSTOP "$(Needs64Bit)"
    Abort
  ${EndIf}
  SetRegView 64
  !insertmacro MUI_LANGDLL_DISPLAY
FunctionEnd

Section "$(SecProgram)" SecProgram
  SectionIn RO
  SetShellVarContext all
  ; An upgrade replaces the whole program folder, so no library of the previous version lingers beside the new one.
  RMDir /r "$INSTDIR\_internal"
  SetOutPath "$INSTDIR"
  File /r "${BUNDLE_DIR}\*"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  CreateDirectory "$SMPROGRAMS\$(AppName)"
  CreateShortcut "$SMPROGRAMS\$(AppName)\$(AppName).lnk" "$INSTDIR\${APP_EXE}" "" "$INSTDIR\${APP_EXE}" 0
  CreateShortcut "$SMPROGRAMS\$(AppName)\$(DemoShortcut).lnk" "$INSTDIR\${APP_EXE}" "--demo" "$INSTDIR\${APP_EXE}" 0
  CreateShortcut "$SMPROGRAMS\$(AppName)\$(UninstallShortcut).lnk" "$INSTDIR\uninstall.exe"
  CreateShortcut "$DESKTOP\$(AppName).lnk" "$INSTDIR\${APP_EXE}" "" "$INSTDIR\${APP_EXE}" 0

  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayName" "$(AppName)"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\${APP_EXE}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKLM "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "EstimatedSize" $0
SectionEnd

; ---------------------------------------------------------------- uninstaller

Section "un.$(SecProgram)" SecUnProgram
  SectionIn RO
  SetShellVarContext all
  Delete "$DESKTOP\$(AppName).lnk"
  RMDir /r "$SMPROGRAMS\$(AppName)"
  ; Only what the installer put there: a folder chosen by hand (say C:\Tools) keeps everything else in it.
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${APP_EXE}"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey HKLM "${UNINSTALL_KEY}"
SectionEnd

; Off by default: the local database, backups and logs (platformdirs' user data folder of the user who runs the
; uninstaller, %LOCALAPPDATA%\CounterAssistant) stay unless the box is ticked. A shared PostgreSQL is never touched.
Section /o "un.$(SecRemoveData)" SecRemoveData
  SetShellVarContext current
  RMDir /r "$LOCALAPPDATA\${APP_KEY}"
SectionEnd

Function un.onInit
  SetRegView 64
  !insertmacro MUI_UNGETLANGUAGE
  ; A silent uninstall keeps the data too, unless asked: uninstall.exe /S /REMOVEDATA
  ${GetParameters} $0
  ClearErrors
  ${GetOptions} $0 "/REMOVEDATA" $1
  ${IfNot} ${Errors}
    SectionSetFlags ${SecRemoveData} ${SF_SELECTED}
  ${EndIf}
FunctionEnd

!insertmacro MUI_UNFUNCTION_DESCRIPTION_BEGIN
  !insertmacro MUI_DESCRIPTION_TEXT ${SecUnProgram} "$(SecProgramDesc)"
  !insertmacro MUI_DESCRIPTION_TEXT ${SecRemoveData} "$(SecRemoveDataDesc)"
!insertmacro MUI_UNFUNCTION_DESCRIPTION_END
