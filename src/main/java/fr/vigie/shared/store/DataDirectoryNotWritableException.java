package fr.vigie.shared.store;

import java.nio.file.Path;

/** The embedded store cannot create or write its data directory. */
public class DataDirectoryNotWritableException extends RuntimeException {

	private final Path directory;

	DataDirectoryNotWritableException(Path directory, Throwable cause) {
		super("Data directory " + directory + " is not writable", cause);
		this.directory = directory;
	}

	public Path getDirectory() {
		return this.directory;
	}

}
