# Grades a folder of Python multiprocessing programs on Windows (PowerShell): .\grade.ps1 [DIR] [options].
# .\grade.ps1 --help lists the options. Builds the harness first when its jar is missing (needs a
# JDK 17 or later; mvnw.cmd downloads Maven). Students who have only the jar run it directly:
# java -jar parproc-grader.jar my-work
$ErrorActionPreference = 'Stop'
$jar = Join-Path $PSScriptRoot 'harness\target\parproc-grader.jar'
if (-not (Test-Path -LiteralPath $jar)) {
  [Console]::Error.WriteLine('grade: building the harness (first run)...')
  & (Join-Path $PSScriptRoot 'mvnw.cmd') -q -B -DskipTests -f (Join-Path $PSScriptRoot 'pom.xml') package
  if ($LASTEXITCODE -ne 0) {
    [Console]::Error.WriteLine('grade: the build failed; see the messages above')
    exit 2
  }
}
# The report is UTF-8 (its dashes, and names in any language): the console shows it as such while
# the grader runs, and gets its own encoding back after.
$saved = [Console]::OutputEncoding
[Console]::OutputEncoding = New-Object System.Text.UTF8Encoding $false
try {
  # As ./grade: a grading spends its CPU in the runs, not in the JVM's optimising compiler.
  & java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC "-Dparproc.home=$PSScriptRoot" -jar $jar @args
  $code = $LASTEXITCODE
} finally {
  [Console]::OutputEncoding = $saved
}
exit $code
