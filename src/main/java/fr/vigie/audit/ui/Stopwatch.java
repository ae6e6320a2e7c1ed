package fr.vigie.audit.ui;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * Start/stop timing of a wait (arrival to being served, call placed to pick-up). The two
 * instants are taken on the server and saved with the answer, so a reload or another
 * device shows a running stopwatch where it was; the ticking display is the browser's.
 */
class Stopwatch extends Div {

	private final Clock clock;

	private final Runnable onChange;

	private final Button start = new Button();

	private final Button stop = new Button();

	private final Button reset = new Button();

	private final Span display = new Span();

	private Instant startedAt;

	private Instant stoppedAt;

	private boolean minutes;

	Stopwatch(Clock clock, Runnable onChange) {
		this.clock = clock;
		this.onChange = onChange;
		addClassName("stopwatch");
		this.display.addClassName("stopwatch-display");
		this.display.getElement().setAttribute("role", "timer");
		this.start.setIcon(VaadinIcon.PLAY.create());
		this.start.addThemeVariants(ButtonVariant.PRIMARY);
		this.stop.setIcon(VaadinIcon.STOP.create());
		this.stop.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.SUCCESS);
		this.reset.setIcon(VaadinIcon.ROTATE_LEFT.create());
		this.reset.addThemeVariants(ButtonVariant.TERTIARY);
		this.start.addClickListener((click) -> {
			this.startedAt = this.clock.instant();
			this.stoppedAt = null;
			refresh(true);
			this.onChange.run();
		});
		this.stop.addClickListener((click) -> {
			this.stoppedAt = this.clock.instant();
			refresh(true);
			this.onChange.run();
		});
		this.reset.addClickListener((click) -> {
			this.startedAt = null;
			this.stoppedAt = null;
			refresh(true);
			this.onChange.run();
		});
		add(this.start, this.stop, this.display, this.reset);
	}

	void labels(String startText, String stopText, boolean inMinutes) {
		this.start.setText(startText);
		this.stop.setText(stopText);
		this.reset.setText(getTranslation("audit.timer.reset"));
		this.minutes = inMinutes;
	}

	void show(Instant started, Instant stopped, boolean editable) {
		this.startedAt = started;
		this.stoppedAt = stopped;
		refresh(editable);
	}

	Instant startedAt() {
		return this.startedAt;
	}

	Instant stoppedAt() {
		return this.stoppedAt;
	}

	private void refresh(boolean editable) {
		boolean running = this.startedAt != null && this.stoppedAt == null;
		this.start.setVisible(editable && this.startedAt == null);
		this.stop.setVisible(editable && running);
		this.reset.setVisible(editable && this.startedAt != null);
		if (this.startedAt == null) {
			this.display.setText(getTranslation("audit.timer.idle"));
			tick(null);
		}
		else if (running) {
			this.display.setText(format(Duration.between(this.startedAt, this.clock.instant())));
			tick(this.startedAt);
		}
		else {
			this.display.setText(format(Duration.between(this.startedAt, this.stoppedAt)));
			tick(null);
		}
	}

	/** Lets the browser update the running time every second (no round trip). */
	private void tick(Instant runningSince) {
		if (runningSince == null) {
			this.display.getElement().executeJs("clearInterval(this._vigieTick)");
			return;
		}
		long elapsedMillis = Duration.between(runningSince, this.clock.instant()).toMillis();
		this.display.getElement()
			.executeJs("const el = this; const origin = Date.now() - $0; clearInterval(el._vigieTick);"
					+ "el._vigieTick = setInterval(() => { const s = Math.floor((Date.now() - origin) / 1000);"
					+ " el.textContent = $1 ? Math.floor(s / 60) + ' min ' + String(s % 60).padStart(2, '0') + ' s'"
					+ " : s + ' s'; }, 1000);", elapsedMillis, this.minutes);
	}

	private String format(Duration elapsed) {
		long seconds = Math.max(0, elapsed.toSeconds());
		return this.minutes ? (seconds / 60) + " min " + String.format("%02d", seconds % 60) + " s" : seconds + " s";
	}

}
