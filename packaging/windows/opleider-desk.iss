; Inno Setup script for OpleiderDesk on Windows.
;
; Build on Windows 10 or 11 (x64), from the repository folder (the release workflow,
; .github/workflows/release.yml, does the same):
;   py -3.11 -m venv build\win && build\win\Scripts\pip install -e ".[encryption]" "pyinstaller>=6.10"
;   build\win\Scripts\pyinstaller --noconfirm packaging\opleider-desk.spec
;   dist\opleider-desk\opleider-desk-cli.exe --self-test   (the console exe prints the result)
;   iscc packaging\windows\opleider-desk.iss              -> dist\OpleiderDesk-<version>-setup.exe
;
; Runs on Windows 10 (1809 or newer) and Windows 11, 64-bit: what Qt 6.12 supports.
;
; The version is not typed here: it is read from the built exe's version resource, which the
; spec writes from opleider_desk.__version__ (packaging/bundle.py); `iscc /DAppVersion=…`
; overrides it. tests/test_packaging.py ties the numbers together.
;
; Installs per user by default (no administrator needed; the practice workstation often has
; no admin at hand), or for all users when run as administrator.
;
; Two programs are installed side by side: opleider-desk.exe opens the window (no console),
; opleider-desk-cli.exe is the same program for the command line: --help, --version and the
; commands (backup, statement, import-hours, export-ics) print there. The program folder is
; added to the user's PATH (a task on the last page, on by default), so a scheduled task can
; run it by name:
;   schtasks /Create /SC DAILY /ST 12:30 /TN "OpleiderDesk backup" /TR "opleider-desk-cli backup"
; or, without the PATH entry, by its full path, for a per-user install
;   "%LOCALAPPDATA%\Programs\OpleiderDesk\opleider-desk-cli.exe" backup
;
; Data: %LOCALAPPDATA%\OpleiderDesk\opleiderdesk.sqlite (and backups beside it); settings in
; the registry under HKEY_CURRENT_USER\Software\OpleiderDesk. Neither is part of the
; installation: an upgrade replaces the program folder only, the data file is changed solely by
; the program's own migrations when it next opens it (a file from a newer version is refused
; unchanged), and uninstalling leaves the data in place.

#define AppName "OpleiderDesk"
#define AppExe "opleider-desk.exe"
#define CliExe "opleider-desk-cli.exe"
#define Bundle AddBackslash(SourcePath) + "..\..\dist\opleider-desk\"
#ifndef AppVersion
  #define AppVersion GetStringFileInfo(Bundle + AppExe, PRODUCT_VERSION)
#endif
#if AppVersion == ""
  #error Build the bundle first: no version resource in dist\opleider-desk\opleider-desk.exe
#endif

[Setup]
; The AppId ties upgrades to earlier installs: never change it.
AppId={{6F0E2B8C-3D4A-4E59-9C1B-2A7D5E8F4B13}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppName}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename={#AppName}-{#AppVersion}-setup
SetupIconFile=..\..\resources\icons\opleider-desk.ico
LicenseFile=..\..\LICENSE
MinVersion=10.0.17763
VersionInfoVersion={#AppVersion}
ChangesEnvironment=yes
UninstallDisplayIcon={app}\{#AppExe}
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes

[Languages]
Name: "dutch"; MessagesFile: "compiler:Languages\Dutch.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "addtopath"; Description: "opleider-desk-cli in PATH (scheduled backups, command line)"; Flags: checkedonce

[InstallDelete]
; An upgrade starts from a clean program folder, so no module of the old version lingers.
; {app} holds the program only: the data lives in %LOCALAPPDATA%\OpleiderDesk.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "..\..\dist\opleider-desk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
; The licences at the top of the program folder, where a reader finds them.
Source: "..\..\LICENSE"; DestDir: "{app}"; DestName: "LICENSE.txt"; Flags: ignoreversion
Source: "..\licenses\*"; DestDir: "{app}\licenses"; Flags: ignoreversion

[Registry]
Root: HKCU; Subkey: "Environment"; ValueType: expandsz; ValueName: "Path"; ValueData: "{olddata};{app}"; Check: NeedsAddPath(ExpandConstant('{app}')); Tasks: addtopath

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
function NeedsAddPath(Dir: string): Boolean;
var
  Path: string;
begin
  if not RegQueryStringValue(HKEY_CURRENT_USER, 'Environment', 'Path', Path) then
  begin
    Result := True;
    exit;
  end;
  Result := Pos(';' + Uppercase(Dir) + ';', ';' + Uppercase(Path) + ';') = 0;
end;
