@echo off
rem The Dossier command line of an installed desktop app, run on the app's own runtime (Electron as Node).
set ELECTRON_RUN_AS_NODE=1
"%~dp0..\..\Dossier.exe" "%~dp0..\app.asar\out\cli\dossier.js" %*
