package dev.stepproof.junit.allure;

import java.util.concurrent.Callable;

/** Loaded by {@link WithoutAllureTest} in a class loader without Allure: reports an execution there. */
final class AllureAbsentProbe implements Callable<String> {

    @Override
    public String call() {
        boolean loadable;
        try {
            Class.forName("io.qameta.allure.Allure");
            loadable = true;
        } catch (ClassNotFoundException e) {
            loadable = false;
        }
        Shop shop = new Shop();
        boolean reported = StepProofAllure.report("shop", shop.machine, shop.declined());
        return "allure loadable: " + loadable + ", available: " + StepProofAllure.isAvailable() + ", reported: " + reported;
    }
}
