; Inno Setup script: the Windows installer of Pas à Pas, made from the PyInstaller folder dist\pasapas\.
; Build it on a Windows PC with Inno Setup 6 (it cannot be built on the Linux build machine):
;   make dist        (on Windows: .venv\Scripts\pyinstaller --noconfirm installer\pasapas.spec)
;   iscc installer\windows\pasapas.iss      ->  dist\pasapas-<version>-installation.exe
; Kept in step with installer/pasapas.spec: a test checks that every file the spec bundles is named or
; globbed below, and `make dist-check` checks it against the built folder.
;
; Per-machine install (administrator) into Program Files; the data live in %ProgramData%\PasAPas, one
; folder for the whole PC (the conseillers' accounts and the kiosk's account share one queue and one
; database), created here with write access for the PC's users and never removed unless asked.

#define AppName "Pas à Pas"
#define AppVersion "0.2.0"
#define BundleDir "..\..\dist\pasapas"
#define DataDir "{commonappdata}\PasAPas"

[Setup]
AppId={{6F1C2B9E-5A4D-4C37-9E7B-2D8F0A1B3C45}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Ville de Saint-Médard-en-Jalles
DefaultDirName={autopf}\PasAPas
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=pasapas-{#AppVersion}-installation
SetupIconFile=..\..\resources\icons\pasapas.ico
UninstallDisplayIcon={app}\pasapas.exe
UninstallDisplayName={#AppName}
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=no
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"

[Tasks]
Name: "desktopicon"; Description: "Une icône « Pas à Pas » sur le bureau de tous les comptes"; Flags: unchecked
Name: "kioskautostart"; Description: "Ouvrir la borne à chaque ouverture de session (PC laissé au public, qui ne sert qu'à la borne)"; Flags: unchecked

[Dirs]
; The PC's data: the conseillers' and the kiosk's Windows accounts all write here.
Name: "{#DataDir}"; Permissions: users-modify; Flags: uninsneveruninstall

[InstallDelete]
; Installing over an older version: its program files go (never the data, which are not under {app}).
Type: filesandordirs; Name: "{app}\_internal"

[Files]
; The two programs: the desk and kiosk (no console), and the same with a console for the IT person.
Source: "{#BundleDir}\pasapas.exe"; DestDir: "{app}"; Flags: ignoreversion
Source: "{#BundleDir}\pasapas-console.exe"; DestDir: "{app}"; Flags: ignoreversion
; Python, Qt and the libraries, except the application's own files named below.
Source: "{#BundleDir}\_internal\*"; DestDir: "{app}\_internal"; Excludes: "\resources\*,\app\store\migrations\*"; Flags: ignoreversion recursesubdirs createallsubdirs
; The bundled resources, folder by folder: guides, fonts, kiosk icons, translations, the application's icons.
Source: "{#BundleDir}\_internal\resources\guides\*"; DestDir: "{app}\_internal\resources\guides"; Flags: ignoreversion recursesubdirs createallsubdirs
Source: "{#BundleDir}\_internal\resources\fonts\*"; DestDir: "{app}\_internal\resources\fonts"; Flags: ignoreversion
Source: "{#BundleDir}\_internal\resources\kiosk\*"; DestDir: "{app}\_internal\resources\kiosk"; Flags: ignoreversion recursesubdirs createallsubdirs
Source: "{#BundleDir}\_internal\resources\translations\*"; DestDir: "{app}\_internal\resources\translations"; Flags: ignoreversion skipifsourcedoesntexist
Source: "{#BundleDir}\_internal\resources\icons\*"; DestDir: "{app}\_internal\resources\icons"; Flags: ignoreversion
; The database's migrations (Alembic reads them as files at the first start after an upgrade).
Source: "{#BundleDir}\_internal\app\store\migrations\*"; DestDir: "{app}\_internal\app\store\migrations"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\Pas à Pas — accueil"; Filename: "{app}\pasapas.exe"; WorkingDir: "{app}"; Comment: "Le poste d'accueil des conseillers"
Name: "{group}\Pas à Pas — borne"; Filename: "{app}\pasapas.exe"; Parameters: "kiosk"; WorkingDir: "{app}"; Comment: "La borne des visiteurs, plein écran"
Name: "{group}\État du poste (pour l'informaticien)"; Filename: "{cmd}"; Parameters: "/k ""{app}\pasapas-console.exe"" doctor"; WorkingDir: "{app}"
Name: "{group}\Désinstaller Pas à Pas"; Filename: "{uninstallexe}"
Name: "{commondesktop}\Pas à Pas"; Filename: "{app}\pasapas.exe"; WorkingDir: "{app}"; Tasks: desktopicon
Name: "{commonstartup}\Pas à Pas — borne"; Filename: "{app}\pasapas.exe"; Parameters: "kiosk"; WorkingDir: "{app}"; Tasks: kioskautostart

[Run]
Filename: "{app}\pasapas.exe"; Description: "Ouvrir le poste d'accueil"; Flags: postinstall nowait skipifsilent unchecked

[UninstallDelete]
Type: filesandordirs; Name: "{app}\_internal"

[Code]
{ The uninstaller keeps the data (database, backups, settings) unless the person asks, or unless it is run
  with /SUPPRIMERDONNEES for a silent uninstall. }
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  Data: String;
  Purge: Boolean;
begin
  if CurUninstallStep <> usPostUninstall then
    Exit;
  Data := ExpandConstant('{#DataDir}');
  if not DirExists(Data) then
    Exit;
  Purge := Pos('/SUPPRIMERDONNEES', Uppercase(GetCmdTail)) > 0;
  if (not Purge) and (not UninstallSilent) then
    Purge := MsgBox('Supprimer aussi les données de ce poste (accompagnements, guides modifiés, sauvegardes) ?' + #13#10 +
                    Data + #13#10#13#10 + 'Répondez Non pour les garder (une réinstallation les retrouvera).',
                    mbConfirmation, MB_YESNO or MB_DEFBUTTON2) = IDYES;
  if Purge then
    DelTree(Data, True, True, True);
end;
