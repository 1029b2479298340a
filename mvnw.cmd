@REM Runs the Maven that .mvn\wrapper\maven-wrapper.properties names, downloading it once into
@REM %USERPROFILE%\.m2\wrapper (or %MAVEN_USER_HOME%\wrapper): contributors need only a JDK.
@REM Usage: mvnw ARGS...
@echo off
setlocal
set "MVNW_PROJECT=%~dp0"
if "%MVNW_PROJECT:~-1%"=="\" set "MVNW_PROJECT=%MVNW_PROJECT:~0,-1%"
set "MVNW_MAVEN_HOME="
@REM PowerShell, which every Windows has, downloads and checks Maven and prints its folder.
for /f "usebackq delims=" %%H in (`powershell -NoProfile -ExecutionPolicy Bypass -File "%MVNW_PROJECT%\.mvn\wrapper\maven-wrapper.ps1"`) do set "MVNW_MAVEN_HOME=%%H"
if not defined MVNW_MAVEN_HOME (
  echo mvnw: could not find or download Maven; see the messages above 1>&2
  exit /b 2
)
set "MAVEN_PROJECTBASEDIR=%MVNW_PROJECT%"
call "%MVNW_MAVEN_HOME%\bin\mvn.cmd" %*
exit /b %ERRORLEVEL%
