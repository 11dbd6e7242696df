package duban.load;

import java.lang.management.ManagementFactory;
import java.util.concurrent.atomic.DoubleAdder;
import java.util.concurrent.atomic.LongAdder;

/**
 * What the machine did during a phase: the 1-minute load average at start and end, the mean CPU
 * busy share of the whole machine (sampled each second) and the CPU this generator used itself, which
 * on a small machine is taken from the service under test.
 */
final class MachineMonitor {

    /**
     * The figures of one phase.
     *
     * @param cores             processors of the machine
     * @param loadBefore        1-minute load average at the start (negative where unknown)
     * @param loadAfter         the same at the end
     * @param machineBusy       mean CPU busy share of the whole machine, 0…1 (NaN where unknown)
     * @param generatorCores    CPU the generator used, in cores
     */
    record Sample(int cores, double loadBefore, double loadAfter, double machineBusy, double generatorCores) {
    }

    private final com.sun.management.OperatingSystemMXBean os =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private final DoubleAdder busySum = new DoubleAdder();
    private final LongAdder busySamples = new LongAdder();
    private volatile boolean sampling;
    private Thread sampler;
    private double loadBefore;
    private long cpuBefore;
    private long wallBefore;

    void start() {
        loadBefore = os.getSystemLoadAverage();
        cpuBefore = os.getProcessCpuTime();
        wallBefore = System.nanoTime();
        os.getCpuLoad(); // the first reading is meaningless: it starts the measurement
        sampling = true;
        sampler = new Thread(() -> {
            while (sampling) {
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException e) {
                    return;
                }
                double load = os.getCpuLoad();
                if (load >= 0) {
                    busySum.add(load);
                    busySamples.increment();
                }
            }
        }, "machine-monitor");
        sampler.setDaemon(true);
        sampler.start();
    }

    Sample stop() throws InterruptedException {
        sampling = false;
        sampler.interrupt();
        sampler.join();
        double wall = System.nanoTime() - wallBefore;
        double generator = (os.getProcessCpuTime() - cpuBefore) / wall;
        long samples = busySamples.sum();
        return new Sample(os.getAvailableProcessors(), loadBefore, os.getSystemLoadAverage(),
                samples == 0 ? Double.NaN : busySum.sum() / samples, generator);
    }
}
