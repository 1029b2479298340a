@echo off
rem Grades a folder of Python multiprocessing programs on Windows (cmd): grade.cmd [DIR] [options].
rem grade.cmd --help lists the options. Builds the harness first when its jar is missing (needs a
rem JDK 17 or later; mvnw.cmd downloads Maven). Students who have only the jar run it directly:
rem java -jar parproc-grader.jar my-work
setlocal
set "PARPROC_HOME=%~dp0"
if "%PARPROC_HOME:~-1%"=="\" set "PARPROC_HOME=%PARPROC_HOME:~0,-1%"
set "PARPROC_JAR=%PARPROC_HOME%\harness\target\parproc-grader.jar"
if not exist "%PARPROC_JAR%" (
  echo grade: building the harness ^(first run^)... 1>&2
  call "%PARPROC_HOME%\mvnw.cmd" -q -B -DskipTests -f "%PARPROC_HOME%\pom.xml" package 1>&2
  if errorlevel 1 (
    echo grade: the build failed; see the messages above 1>&2
    exit /b 2
  )
)
rem The report is UTF-8 (its dashes, and names in any language): the console shows it as such
rem while the grader runs, and gets its own code page back after.
set "PARPROC_CODEPAGE="
for /f "tokens=2 delims=:." %%c in ('chcp') do set "PARPROC_CODEPAGE=%%c"
chcp 65001 >nul
rem As ./grade: a grading spends its CPU in the runs, not in the JVM's optimising compiler.
java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC "-Dparproc.home=%PARPROC_HOME%" -jar "%PARPROC_JAR%" %*
set "PARPROC_EXIT=%ERRORLEVEL%"
if defined PARPROC_CODEPAGE chcp %PARPROC_CODEPAGE% >nul
exit /b %PARPROC_EXIT%
