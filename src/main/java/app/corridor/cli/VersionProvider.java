package app.corridor.cli;

import app.corridor.AppInfo;
import picocli.CommandLine.IVersionProvider;

/** Prints "Corridor 0.1.0" for {@code --version}. */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {AppInfo.NAME + " " + AppInfo.version()};
    }
}
