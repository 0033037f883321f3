// coverage.json is written into target/ by the tests of a real project; target/ is not versioned, so the fixture
// is put there before the build, where report looks by default; a TEST xml from the scenarios goal likewise.
import java.nio.file.Files
import java.nio.file.StandardCopyOption

def target = new File(basedir, 'target/stepproof/coverage.json').toPath()
Files.createDirectories(target.parent)
Files.copy(new File(basedir, 'fixtures/coverage.json').toPath(), target, StandardCopyOption.REPLACE_EXISTING)
def reports = new File(basedir, 'target/stepproof-reports').toPath()
Files.createDirectories(reports)
Files.copy(new File(basedir, 'fixtures/TEST-orders.xml').toPath(), reports.resolve('TEST-orders.xml'), StandardCopyOption.REPLACE_EXISTING)
return true
