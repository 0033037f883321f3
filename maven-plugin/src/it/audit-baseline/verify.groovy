import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def expect = { String text -> assert log.contains(text): "build.log should contain: " + text }

expect '[INFO] StepProof audit: 3 finding(s) written to the baseline stepproof-audit-baseline.json; later runs ignore them.'

def baseline = new JsonSlurper().parse(new File(basedir, 'stepproof-audit-baseline.json'))
assert baseline.version == 1
assert baseline.fingerprints.size() == 3

expect "[INFO] src/main/resources/orders.asl.json:14:5: HIGH RES-003 state 'Confirm': Callback Task 'Confirm' has no HeartbeatSeconds; a lost token or a dead worker leaves the execution waiting until the timeout. [suppressed by baseline]"
expect '[INFO] StepProof audit: 1 state machine(s), 0 finding(s), 3 suppressed; 0 at or above failOnSeverity HIGH.'
expect 'BUILD SUCCESS'
return true
