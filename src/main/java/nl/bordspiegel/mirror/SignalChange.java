package nl.bordspiegel.mirror;

/** One signal that moved between the first and the last cycle of the trend that had enough data. */
public record SignalChange(String signal, double from, double to, boolean percentage) {

    public String messageKey() {
        return "mirror.signal." + signal;
    }
}
