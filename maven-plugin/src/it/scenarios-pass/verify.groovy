def log = new File(basedir, 'build.log').text
def expect = { String text -> assert log.contains(text): "build.log should contain: " + text }

expect '[INFO] StepProof scenarios: 1 file, 3 cases, 3 passed, 0 failed.'
expect 'BUILD SUCCESS'

def report = new File(basedir, 'target/stepproof-reports/TEST-orders.sfn-test.yaml.xml')
assert report.isFile(): 'no Surefire report at ' + report
def suite = new groovy.xml.XmlSlurper().parse(report)
assert suite.@name == 'orders.sfn-test.yaml'
assert suite.@tests == '3' && suite.@failures == '0' && suite.@errors == '0'
assert suite.testcase*.@name*.text() == ['happy path', 'throttled twice then reserved', 'inventory outage is rejected']

// The cases' executions are merged into the workflow coverage file that coverage-check and report read.
def coverage = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/stepproof/coverage.json'))
def machines = coverage.stateMachines.keySet() as List
assert machines.size() == 1 && machines[0].startsWith('orders@'): 'machines in coverage.json: ' + machines
assert coverage.stateMachines[machines[0]].states.covered > 0
return true
