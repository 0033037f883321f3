def log = new File(basedir, 'build.log').text
def expect = { String text -> assert log.contains(text): "build.log should contain: " + text }

expect """[ERROR] Case 'wrong expectations' (src/test/resources/orders-wrong.sfn-test.yaml:4:5) failed:
  - output does not contain what was expected: at /reserved/reservation/reservationId: expected "R-9" but was "R-1"
  - expected path [Reserve, Rejected] but was [Reserve, Charge]
  - expected 2 call(s) of task 'Reserve' but there were 1
  - call 1 of task 'Reserve': parameters at /Payload/qty: expected 3 but was 2"""
expect "[ERROR] src/test/resources/typo.sfn-test.yaml:7:7: ERROR SP-C001 at /cases/0/expect/statuss: "
expect 'StepProof scenarios: 3 files, 4 cases, 3 passed, 1 failed; 1 file could not be run.'
expect 'BUILD FAILURE'

def reports = new File(basedir, 'target/stepproof-reports')
def wrong = new groovy.xml.XmlSlurper().parse(new File(reports, 'TEST-orders-wrong.sfn-test.yaml.xml'))
assert wrong.@tests == '1' && wrong.@failures == '1'
assert wrong.testcase.failure.@message.text().startsWith("Case 'wrong expectations' (src/test/resources/orders-wrong.sfn-test.yaml:4:5) failed:\n")
def typo = new groovy.xml.XmlSlurper().parse(new File(reports, 'TEST-typo.sfn-test.yaml.xml'))
assert typo.@errors == '1' && typo.testcase.@name == '(scenario file)' && typo.testcase.error.@type == 'SP-C001'
def passing = new groovy.xml.XmlSlurper().parse(new File(reports, 'TEST-orders.sfn-test.yaml.xml'))
assert passing.@tests == '3' && passing.@failures == '0'
return true
