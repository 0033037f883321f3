// samples/insecure must fail stepproof:audit on exactly its four planted defects (issue 9), and on nothing else.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text

def expected = [
    // 1. over-broad role: dynamodb:* on "*"
    "[ERROR] template.yaml:62:17: HIGH IAM-002 machine 'PaymentStateMachine': PaymentRole Policies[0] (payment) Statement[0] (Sid 'Orders') allows 'dynamodb:*', but the state machine needs only dynamodb:PutItem. Fix: Replace 'dynamodb:*' with dynamodb:PutItem.",
    "[ERROR] template.yaml:63:17: HIGH IAM-003 machine 'PaymentStateMachine': PaymentRole Policies[0] (payment) Statement[0] (Sid 'Orders') allows dynamodb:PutItem on '*', but the definition only uses \${OrdersTable.Arn}. Fix: Scope the statement to the resources used; the least-privilege policy for this state machine is:",
    // 2. missing permission: the role cannot send the approval message
    "[ERROR] template.yaml:154:13: HIGH PERM-001 state 'WaitForApproval': State 'WaitForApproval' (sqs:sendMessage.waitForTaskToken) needs sqs:SendMessage on \${ApprovalQueue.Arn}, but the execution role does not allow it; the task would fail with States.Permissions. Fix: Add to the execution role's policy:",
    // 3. a secret in state input: the payment API key as a literal in the Charge payload
    "[ERROR] template.yaml:141:17: HIGH SEC-002 state 'Charge': State 'Charge' has in 'apiKey' a literal value; the key names a secret. Fix: Store the value in Secrets Manager and pass its ARN, or use an EventBridge connection for HTTP credentials.",
    // 4. a callback without heartbeat
    "[ERROR] template.yaml:152:11: HIGH RES-003 state 'WaitForApproval': Callback Task 'WaitForApproval' has no HeartbeatSeconds; a lost token or a dead worker leaves the execution waiting until the timeout. Fix: Set TimeoutSeconds to the longest acceptable wait and HeartbeatSeconds to how often the worker reports progress.",
]
expected.each { assert log.contains(it): "build.log should contain: " + it }

// No other finding: every line in the finding form is one of the expected ones.
def findingLines = log.readLines().findAll { it =~ /^\[(ERROR|WARNING|INFO)\] \S+:\d+:\d+: (CRITICAL|HIGH|MEDIUM|LOW|INFO) [A-Z]+-\d{3} / }
assert findingLines == expected: "unexpected finding lines: " + (findingLines - expected)

assert log.contains('StepProof audit: 1 state machine(s), 5 finding(s) (5 HIGH), 0 suppressed; 5 at or above failOnSeverity HIGH.')
assert log.contains('BUILD FAILURE')

// The reports agree: exactly these rule ids, nothing suppressed.
def sarif = new JsonSlurper().parse(new File(basedir, 'target/stepproof-audit/stepproof-audit.sarif'))
def results = sarif.runs[0].results
assert results.collect { [it.ruleId, it.locations[0].logicalLocations?.getAt(0)?.name] }.size() == 5
assert results*.ruleId.sort() == ['IAM-002', 'IAM-003', 'PERM-001', 'RES-003', 'SEC-002']
assert results.every { !it.suppressions }
return true
