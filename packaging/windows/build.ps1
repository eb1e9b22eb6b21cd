# Build lpdesk for Windows: the PyInstaller bundle, its self-test, then the MSI (WiX v5).
# Run in PowerShell from the checkout:  powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1
# Needs: Python 3.11 (py launcher), the .NET SDK (for the wix tool). Not yet run on Windows by the
# project: see docs/packaging.md, "What was not tried on Windows".
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..\..")

$version = (Select-String -Path lpdesk\__init__.py -Pattern '__version__ = "(.+)"').Matches[0].Groups[1].Value

py -3.11 -m venv .venv
.venv\Scripts\python -m pip install --upgrade pip
# The runtime pins only (tzdata and, on Windows, pywin32-ctypes included), then PyInstaller with the
# pins requirements\dev.txt gives it (pefile is a Windows-only PyInstaller dependency, not pinned).
.venv\Scripts\pip install -r requirements\runtime.txt
.venv\Scripts\pip install --no-deps -e .
.venv\Scripts\pip install pyinstaller==6.22.0 pyinstaller-hooks-contrib==2026.9 altgraph==0.17.5 pefile
.venv\Scripts\pyinstaller --noconfirm --log-level WARN lpdesk.spec

$check = Join-Path $env:TEMP ("lpdesk-selftest-" + [guid]::NewGuid())
$env:QT_QPA_PLATFORM = "offscreen"; $env:LPDESK_HOME = $check
dist\lpdesk\lpdesk.exe --self-test
if ($LASTEXITCODE -ne 0) { throw "the bundle's self-test failed" }
Remove-Item -Recurse -Force $check
Remove-Item Env:QT_QPA_PLATFORM, Env:LPDESK_HOME

if (-not (Get-Command wix -ErrorAction SilentlyContinue)) {
  dotnet tool install --global wix --version 5.0.2
}
wix build -arch x64 -d "Version=$version" -bindpath "Bundle=dist\lpdesk" `
  packaging\windows\lpdesk.wxs -o "dist\lpdesk-$version-x64.msi"
Write-Output "msi: dist\lpdesk-$version-x64.msi"
