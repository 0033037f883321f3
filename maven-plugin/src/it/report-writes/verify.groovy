def log = new File(basedir, 'build.log').text
def expect = { String text -> assert log.contains(text): "build.log should contain: " + text }

expect '[INFO] StepProof report: ' + ['target', 'site', 'stepproof', 'index.html'].join(File.separator) + ' (2 state machines, 2 scenario cases).'
expect 'BUILD SUCCESS'

def html = new File(basedir, 'target/site/stepproof/index.html').text
// orders is drawn (its fixture hash is made up, so it is matched by name, with a warning); payments has no definition here.
assert html.contains('<svg'): 'index.html should hold an inline SVG diagram'
assert html.contains('definition not found'): 'payments has no definition in this project'
assert html.contains('matched by name only'): 'orders is matched by name, not hash'
assert html.contains('&lt;script&gt;'): 'the failure message should be escaped'
return true
