package dev.stepproof.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * The heap high-water mark of a measured section: the sum, over the heap memory pools, of each pool's peak usage
 * since {@link #start()}. Pools peak at different moments, so the sum is an upper bound of the true peak.
 */
final class HeapWatermark {

    private static final long MIB = 1024 * 1024;

    private HeapWatermark() {
    }

    /** Collects garbage (so the section starts from live data only) and resets every heap pool's peak. */
    static void start() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    /** @return the sum of the heap pools' peak usage since {@link #start()}, in MiB */
    static long peakMiB() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum / MIB;
    }

    /** @return the maximum heap ({@code -Xmx}), in MiB */
    static long maxMiB() {
        return Runtime.getRuntime().maxMemory() / MIB;
    }

    /** @return {@code "heapPeakMiB":…,"xmxMiB":…} for a JSON line */
    static String json() {
        return "\"heapPeakMiB\":" + peakMiB() + ",\"xmxMiB\":" + maxMiB();
    }
}
