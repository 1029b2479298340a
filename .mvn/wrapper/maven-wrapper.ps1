# Finds the Maven that maven-wrapper.properties names, downloading it once into
# %MAVEN_USER_HOME%\wrapper (by default %USERPROFILE%\.m2\wrapper), and prints its folder:
# mvnw.cmd runs its bin\mvn.cmd. Written for Windows PowerShell 5.1 and PowerShell 7.
$ErrorActionPreference = 'Stop'
$properties = Join-Path $PSScriptRoot 'maven-wrapper.properties'
$values = @{}
foreach ($line in Get-Content -LiteralPath $properties) {
  if ($line -match '^\s*([^#=\s]+)\s*=\s*(.*)$') { $values[$Matches[1]] = $Matches[2].Trim() }
}
$url = $values['distributionUrl']
$sum = $values['distributionSha256Sum']
if (-not $url) { throw "mvnw: no distributionUrl in $properties" }
$archive = $url.Substring($url.LastIndexOf('/') + 1)
$name = $archive -replace '\.zip$', ''
# A folder per URL, as ./mvnw makes it: the first 16 hex digits of the URL's SHA-256.
$sha = [Security.Cryptography.SHA256]::Create()
$tag = (-join ($sha.ComputeHash([Text.Encoding]::UTF8.GetBytes($url)) | ForEach-Object { $_.ToString('x2') })).Substring(0, 16)
$userHome = if ($env:MAVEN_USER_HOME) { $env:MAVEN_USER_HOME } else { Join-Path $env:USERPROFILE '.m2' }
$dists = Join-Path $userHome (Join-Path 'wrapper\dists' (Join-Path $name $tag))
$mavenHome = Join-Path $dists ($name -replace '-bin$', '')
if (-not (Test-Path -LiteralPath (Join-Path $mavenHome 'bin\mvn.cmd'))) {
  New-Item -ItemType Directory -Force -Path $dists | Out-Null
  $partial = Join-Path $dists ($archive + '.' + [Guid]::NewGuid().ToString('N'))
  $unpack = Join-Path $dists ('unpack.' + [Guid]::NewGuid().ToString('N'))
  try {
    [Console]::Error.WriteLine("mvnw: downloading $url")
    [Net.ServicePointManager]::SecurityProtocol = [Net.SecurityProtocolType]::Tls12
    (New-Object Net.WebClient).DownloadFile($url, $partial)
    if ($sum) {
      $actual = (Get-FileHash -Algorithm SHA256 -LiteralPath $partial).Hash.ToLowerInvariant()
      if ($actual -ne $sum.ToLowerInvariant()) { throw "mvnw: $archive has SHA-256 $actual, not $sum as $properties says" }
    }
    Expand-Archive -LiteralPath $partial -DestinationPath $unpack
    # Moved into place whole: an interrupted download leaves no half-unpacked Maven behind.
    if (-not (Test-Path -LiteralPath $mavenHome)) {
      Move-Item -LiteralPath (Join-Path $unpack ($name -replace '-bin$', '')) -Destination $mavenHome
    }
  } finally {
    Remove-Item -Recurse -Force -ErrorAction SilentlyContinue -LiteralPath $unpack, $partial
  }
}
Write-Output $mavenHome
