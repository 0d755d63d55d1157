package io.supportdesk.downloads;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Counts what is read through it and fails once more than {@code limit} bytes came. */
class LimitedStream extends FilterInputStream {

	private final long limit;

	private long count;

	LimitedStream(InputStream in, long limit) {
		super(in);
		this.limit = limit;
	}

	long count() {
		return count;
	}

	@Override
	public int read() throws IOException {
		int b = super.read();
		if (b >= 0) {
			add(1);
		}
		return b;
	}

	@Override
	public int read(byte[] buffer, int offset, int length) throws IOException {
		int n = super.read(buffer, offset, length);
		if (n > 0) {
			add(n);
		}
		return n;
	}

	@Override
	public long skip(long n) throws IOException {
		throw new IOException("Not skipped: every byte is counted and digested");
	}

	private void add(long n) throws Exceeded {
		count += n;
		if (count > limit) {
			throw new Exceeded();
		}
	}

	/** More than the limit came. */
	static final class Exceeded extends IOException {

		private static final long serialVersionUID = 1L;

		Exceeded() {
			super("More than the limit");
		}
	}
}
