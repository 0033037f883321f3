def log = new File(basedir, 'build.log').text
def expect = { String text -> assert log.contains(text): "build.log should contain: " + text }

expect '[INFO] Executing orders.asl.json with mocks from mocks.yaml'
expect '[INFO] Input: {"orderId": "O-1"}'
expect '[INFO] Status: SUCCEEDED'
expect '[INFO] Path: Reserve -> Charge'
expect '''[INFO] Output:
[INFO] {
[INFO]   "reservation" : {
[INFO]     "reservationId" : "R-1"
[INFO]   }
[INFO] }'''
expect '[INFO] StepProof run: orders.asl.json SUCCEEDED after 2 states.'
expect 'BUILD SUCCESS'
return true
