package fr.vigie.shared.ui;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.upload.UploadI18N;

/**
 * French and English texts of Vaadin's upload component. Only what differs between
 * screens (what to drop, which types, the size limit) is passed in; the rest (progress,
 * retry, server errors, units) reads the same everywhere.
 */
public final class UploadTexts {

	private UploadTexts() {
	}

	/**
	 * @param dropKey message key of the drop-zone hint
	 * @param addKey message key of the button
	 * @param wrongTypeKey message key shown for a refused type
	 * @param maxMegabytes the size limit, printed in the "too big" message
	 */
	public static UploadI18N of(Component ui, String dropKey, String addKey, String wrongTypeKey, long maxMegabytes) {
		String tooBig = ui.getTranslation("upload.tooBig", maxMegabytes);
		UploadI18N texts = new UploadI18N();
		texts.setDropFiles(
				new UploadI18N.DropFiles().setOne(ui.getTranslation(dropKey)).setMany(ui.getTranslation(dropKey)));
		texts.setAddFiles(
				new UploadI18N.AddFiles().setOne(ui.getTranslation(addKey)).setMany(ui.getTranslation(addKey)));
		texts.setError(new UploadI18N.Error().setFileIsTooBig(tooBig)
			.setIncorrectFileType(ui.getTranslation(wrongTypeKey))
			.setTooManyFiles(ui.getTranslation("upload.tooMany")));
		texts.setFile(new UploadI18N.File().setRemove(ui.getTranslation("upload.remove"))
			.setRetry(ui.getTranslation("upload.retry"))
			.setStart(ui.getTranslation("upload.start")));
		String serverError = ui.getTranslation("upload.serverError");
		texts.setUploading(new UploadI18N.Uploading()
			.setStatus(new UploadI18N.Uploading.Status().setConnecting(ui.getTranslation("upload.connecting"))
				.setProcessing(ui.getTranslation("upload.processing"))
				.setHeld(ui.getTranslation("upload.held"))
				.setStalled(ui.getTranslation("upload.stalled")))
			.setRemainingTime(new UploadI18N.Uploading.RemainingTime().setPrefix(ui.getTranslation("upload.remaining"))
				.setUnknown(ui.getTranslation("upload.remainingUnknown")))
			.setError(new UploadI18N.Uploading.Error().setFileTooLarge(tooBig)
				.setServerUnavailable(serverError)
				.setUnexpectedServerError(serverError)
				.setForbidden(serverError)));
		texts.setUnits(List.of(ui.getTranslation("upload.unit.bytes"), ui.getTranslation("upload.unit.kilobytes"),
				ui.getTranslation("upload.unit.megabytes"), ui.getTranslation("upload.unit.gigabytes")));
		return texts;
	}

}
