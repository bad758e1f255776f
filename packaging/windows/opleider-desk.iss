; Inno Setup script for OpleiderDesk on Windows.
;
; Build on Windows, from the repository folder:
;   py -3.11 -m venv build\win && build\win\Scripts\pip install -e . "pyinstaller>=6.10"
;   build\win\Scripts\pyinstaller --noconfirm packaging\opleider-desk.spec
;   dist\opleider-desk\opleider-desk.exe --self-test      (windowed: the result opens in a window)
;   iscc packaging\windows\opleider-desk.iss              -> dist\OpleiderDesk-<version>-setup.exe
;
; Installs per user by default (no administrator needed; the practice workstation often has
; no admin at hand), or for all users when run as administrator.
;
; Data: %LOCALAPPDATA%\OpleiderDesk\opleiderdesk.sqlite (and backups beside it); settings in
; the registry under HKEY_CURRENT_USER\Software\OpleiderDesk. Neither is part of the
; installation: an upgrade replaces the program folder only, the data file is changed solely by
; the program's own migrations when it next opens it (a file from a newer version is refused
; unchanged), and uninstalling leaves the data in place.

#define AppName "OpleiderDesk"
#define AppVersion "0.1.0"
#define AppExe "opleider-desk.exe"

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

[InstallDelete]
; An upgrade starts from a clean program folder, so no module of the old version lingers.
; {app} holds the program only: the data lives in %LOCALAPPDATA%\OpleiderDesk.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "..\..\dist\opleider-desk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
