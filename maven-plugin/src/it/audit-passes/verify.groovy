import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def expect = { String text -> assert log.contains(text): "build.log should contain: " + text }

expect "[INFO] template.yaml:151:11: LOW RES-002 state 'WaitForApproval': Task 'WaitForApproval' (arn:aws:states:::sqs:sendMessage.waitForTaskToken) has no Retry; one throttled or transient error fails the execution. [suppressed by Comment of state 'WaitForApproval': the approval queue redelivers on its own]"
expect "[WARNING] template.yaml:91:5: LOW OBS-004 machine 'PaymentStateMachine': State machine 'PaymentStateMachine' does not enable X-Ray tracing. Fix: Add TracingConfiguration {Enabled: true} (SAM: Tracing) and the xray:* permissions PERM-006 lists."
expect '[INFO] StepProof audit: 1 state machine(s), 1 finding(s) (1 LOW), 1 suppressed; 0 at or above failOnSeverity HIGH.'
expect 'BUILD SUCCESS'

// Invocation 2: failOnSeverity=LOW makes the LOW finding fail the build, and it is logged as an error.
expect "[ERROR] template.yaml:91:5: LOW OBS-004 machine 'PaymentStateMachine': State machine 'PaymentStateMachine' does not enable X-Ray tracing."
expect 'StepProof audit: 1 state machine(s), 1 finding(s) (1 LOW), 1 suppressed; 1 at or above failOnSeverity LOW. -> [Help 1]'

// Invocation 3: an unknown severity stops the goal with SP-P008 before anything is audited.
expect "[ERROR] <configuration>: ERROR SP-P008 at /failOnSeverity: Unknown severity 'SEVERE'. Fix: Use CRITICAL, HIGH, MEDIUM, LOW, INFO or NONE."
expect "StepProof audit: the goal is misconfigured: Unknown severity 'SEVERE'."

// Only the configured formats are written; the suppression is in the SARIF log with its justification.
def reports = new File(basedir, 'target/stepproof-audit')
assert reports.list().sort() == ['stepproof-audit.json', 'stepproof-audit.sarif']
def results = new JsonSlurper().parse(new File(reports, 'stepproof-audit.sarif')).runs[0].results
assert results*.ruleId.sort() == ['OBS-004', 'RES-002']
def suppressed = results.find { it.ruleId == 'RES-002' }
assert suppressed.suppressions[0].kind == 'inSource'
assert suppressed.suppressions[0].justification.startsWith('the approval queue redelivers on its own')
return true
