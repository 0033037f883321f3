def log = new File(basedir, 'build.log').text
def expect = { String text -> assert log.contains(text): "build.log should contain: " + text }

expect '[INFO] Executing orders.asl.json with mocks from mocks.json'
expect '[INFO] Input: {"orderId": "O-2"}'
expect '[INFO] Status: FAILED'
expect '[INFO] Path: Reserve -> Rejected'
expect '[INFO] Error: Order.Rejected'
expect '[INFO] Cause: inventory down'
expect 'StepProof run: orders.asl.json FAILED after 2 states: Order.Rejected: inventory down'
expect 'BUILD FAILURE'
return true
