# AIMM Lab - scenario b3-processus-cpu (trainer set-up only).
# Simulated runaway process: one busy thread per logical processor, forever.
# Copy to C:\ProgramData\SvcHelper\svchelper.ps1; it is started by SvcHelper.cmd.
$n = [Environment]::ProcessorCount
$workers = for ($i = 0; $i -lt $n; $i++) {
    $ps = [powershell]::Create().AddScript('while ($true) { }')
    [void]$ps.BeginInvoke()
    $ps
}
while ($true) { Start-Sleep -Seconds 60 }
