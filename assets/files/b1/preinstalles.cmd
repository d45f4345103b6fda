@echo off
rem AIMM Lab, scenario b1-pc-neuf-transfert : simule deux logiciels preinstalles par le fabricant (essai
rem d'antivirus, jeux) dans "Applications installees". Inoffensif : la desinstallation depuis Parametres efface
rem l'entree. Session de l'utilisateur, sans droits admin.
set "D=%LOCALAPPDATA%\Preinstalles"
set "U=HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall"
mkdir "%D%" 2>nul
> "%D%\desinstaller-mcafee.cmd" echo @echo off
>> "%D%\desinstaller-mcafee.cmd" echo reg delete "%U%\McAfeeLiveSafe" /f
> "%D%\desinstaller-jeux.cmd" echo @echo off
>> "%D%\desinstaller-jeux.cmd" echo reg delete "%U%\WildTangentGames" /f
reg add "%U%\McAfeeLiveSafe" /v DisplayName /t REG_SZ /d "McAfee LiveSafe" /f
reg add "%U%\McAfeeLiveSafe" /v Publisher /t REG_SZ /d "McAfee, LLC" /f
reg add "%U%\McAfeeLiveSafe" /v DisplayVersion /t REG_SZ /d "16.0 R112" /f
reg add "%U%\McAfeeLiveSafe" /v UninstallString /t REG_SZ /d "\"%D%\desinstaller-mcafee.cmd\"" /f
reg add "%U%\WildTangentGames" /v DisplayName /t REG_SZ /d "WildTangent Games" /f
reg add "%U%\WildTangentGames" /v Publisher /t REG_SZ /d "WildTangent" /f
reg add "%U%\WildTangentGames" /v DisplayVersion /t REG_SZ /d "1.1.1.83" /f
reg add "%U%\WildTangentGames" /v UninstallString /t REG_SZ /d "\"%D%\desinstaller-jeux.cmd\"" /f
echo Logiciels preinstalles simules en place.
