@echo off
rem AIMM Lab, scenario b3-logiciel-publicitaire : simule un faux "optimiseur" et un outil de prise en main
rem laisses par un faux support technique. Inoffensif : un message au demarrage, deux entrees dans
rem "Applications installees" dont la desinstallation efface tout. Session de l'utilisateur, sans droits admin.
set "D=%LOCALAPPDATA%\PCSpeedBoost"
set "A=%LOCALAPPDATA%\AnyDesk"
set "U=HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall"
mkdir "%D%" 2>nul
mkdir "%A%" 2>nul
> "%D%\pcspeedboost.cmd" echo @echo off
>> "%D%\pcspeedboost.cmd" echo powershell -NoProfile -WindowStyle Hidden -Command "Add-Type -AssemblyName PresentationFramework; [System.Windows.MessageBox]::Show('ALERTE : 1 284 menaces detectees sur votre PC ! Appelez immediatement le support Microsoft au 01 70 00 00 00 (appel gratuit).', 'PC Speed Boost Pro')"
> "%D%\desinstaller.cmd" echo @echo off
>> "%D%\desinstaller.cmd" echo reg delete "HKCU\Software\Microsoft\Windows\CurrentVersion\Run" /v PCSpeedBoost /f
>> "%D%\desinstaller.cmd" echo reg delete "%U%\PCSpeedBoost" /f
>> "%D%\desinstaller.cmd" echo start "" /b cmd /c rd /s /q "%D%"
> "%A%\desinstaller.cmd" echo @echo off
>> "%A%\desinstaller.cmd" echo reg delete "%U%\AnyDesk" /f
>> "%A%\desinstaller.cmd" echo start "" /b cmd /c rd /s /q "%A%"
reg add "HKCU\Software\Microsoft\Windows\CurrentVersion\Run" /v PCSpeedBoost /t REG_SZ /d "\"%D%\pcspeedboost.cmd\"" /f
reg add "%U%\PCSpeedBoost" /v DisplayName /t REG_SZ /d "PC Speed Boost Pro" /f
reg add "%U%\PCSpeedBoost" /v Publisher /t REG_SZ /d "Speed Boost Software Ltd" /f
reg add "%U%\PCSpeedBoost" /v DisplayVersion /t REG_SZ /d "3.2.1" /f
reg add "%U%\PCSpeedBoost" /v UninstallString /t REG_SZ /d "\"%D%\desinstaller.cmd\"" /f
reg add "%U%\AnyDesk" /v DisplayName /t REG_SZ /d "AnyDesk" /f
reg add "%U%\AnyDesk" /v Publisher /t REG_SZ /d "AnyDesk Software GmbH" /f
reg add "%U%\AnyDesk" /v DisplayVersion /t REG_SZ /d "8.0.14" /f
reg add "%U%\AnyDesk" /v UninstallString /t REG_SZ /d "\"%A%\desinstaller.cmd\"" /f
echo Panne en place. Fermez puis rouvrez la session pour voir le message.
