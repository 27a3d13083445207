package com.policyledger.sampledocs;

import java.awt.image.BufferedImage;
import java.io.IOException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * A "scanned" policy page: the source is laid out like any other PDF, rasterised with Java2D
 * (PDFBox's renderer) at 300 dpi, black on white, and the bitmap alone becomes the page. There is
 * no text layer, so only OCR can read it; 300 dpi bilevel is what Tesseract reads best.
 */
final class ScannedPdf {

    private static final int DPI = 300;

    private ScannedPdf() {
    }

    static byte[] write(SourceDoc src) throws IOException {
        BufferedImage image;
        try (PDDocument text = PdfRenderer.render(src)) {
            if (text.getNumberOfPages() != 1) {
                throw new IllegalStateException(src.name() + ": a scanned sample must fit on one page");
            }
            image = new PDFRenderer(text).renderImageWithDPI(0, DPI, ImageType.BINARY);
        }
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.LETTER);
            doc.addPage(page);
            PDImageXObject scan = LosslessFactory.createFromImage(doc, image);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.drawImage(scan, 0, 0, PDRectangle.LETTER.getWidth(), PDRectangle.LETTER.getHeight());
            }
            // scanners do not know the document title; keep only the fixed dates and ID
            Pdfs.stamp(doc, null, src.created(), src.name() + "#scan");
            return Pdfs.bytes(doc);
        }
    }
}
