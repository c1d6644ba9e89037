package vn.hoalac.portal.stack;

/**
 * The demo data of the demo realm ({@link DemoPlan}): seeded through the portal's API once the other parts are ready,
 * when it is not there yet. Nothing runs, so there is nothing to stop; a failure to seed is reported, never fatal.
 */
final class DemoData implements StackPart {

    private final StackConfig config;
    private boolean seeded;

    DemoData(StackConfig config) {
        this.config = config;
    }

    @Override
    public String name() {
        return "demo data";
    }

    @Override
    public void start() {
        new DemoPlan(config, config.corpusDir()).seedIfMissing();
        seeded = true;
    }

    @Override
    public void awaitReady() {
        // start() seeds before it returns
    }

    @Override
    public boolean isReady() {
        return seeded;
    }

    @Override
    public void stop() {
        // data stays in the database
    }
}
