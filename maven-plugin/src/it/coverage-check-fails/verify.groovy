def log = new File(basedir, 'build.log').text
def expect = { String text -> assert log.contains(text): "build.log should contain: " + text }

expect '[ERROR] Rule violated for state machine orders: states covered ratio is 0.50, but expected minimum is 0.80 (uncovered: Refund, Release)'
expect '[ERROR] Rule violated for state machine orders: retriers covered ratio is 0.00, but expected minimum is 1.00 (uncovered: Reserve.Retry[0])'
assert !log.contains('transitions covered ratio'): 'TRANSITIONS at exactly its minimum (0.50) passes'
expect 'StepProof coverage-check: coverage checks have not been met (2 violations in 1 state machine). See the log for details.'
expect 'BUILD FAILURE'
return true
