import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def expect = { String text -> assert log.contains(text): "build.log should contain: " + text }

expect "[ERROR] src/main/resources/orders.asl.json:16:7: HIGH PERM-001 state 'Confirm': State 'Confirm' (sqs:sendMessage.waitForTaskToken) needs sqs:SendMessage on arn:aws:sqs:eu-west-1:111122223333:warehouse, but the execution role does not allow it; the task would fail with States.Permissions. Fix: Add to the execution role's policy:"
expect '[INFO]       "Action" : [ "sqs:SendMessage" ],'
expect "[INFO] src/main/resources/orders.asl.json:8:7: INFO PERM-012 state 'Save': cannot confirm dynamodb:PutItem"
expect "[ERROR] src/main/resources/orders.asl.json:14:5: HIGH RES-003 state 'Confirm': Callback Task 'Confirm' has no HeartbeatSeconds; a lost token or a dead worker leaves the execution waiting until the timeout. Fix: Set TimeoutSeconds to the longest acceptable wait and HeartbeatSeconds to how often the worker reports progress."
expect 'StepProof audit: 1 state machine(s), 3 finding(s) (2 HIGH, 1 INFO), 0 suppressed; 2 at or above failOnSeverity HIGH.'
expect 'BUILD FAILURE'

// Every format is written by default, and the SARIF log names the failing rules with their locations.
def reports = new File(basedir, 'target/stepproof-audit')
['txt', 'json', 'sarif', 'xml'].each { ext ->
    assert new File(reports, "stepproof-audit.${ext}").isFile(): "stepproof-audit.${ext} should be written"
}
def sarif = new JsonSlurper().parse(new File(reports, 'stepproof-audit.sarif'))
def results = sarif.runs[0].results
assert results*.ruleId.sort() == ['PERM-001', 'PERM-012', 'RES-003']
def perm = results.find { it.ruleId == 'PERM-001' }
assert perm.level == 'error'
assert perm.locations[0].physicalLocation.artifactLocation.uri == 'src/main/resources/orders.asl.json'
assert perm.locations[0].physicalLocation.region.startLine == 16
return true
