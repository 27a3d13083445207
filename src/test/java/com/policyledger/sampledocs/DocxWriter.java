package com.policyledger.sampledocs;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * DOCX through Apache POI XWPF with real "heading N" styles and a real bullet numbering, so Tika
 * reports headings and list items the way it does for Word-authored files.
 */
final class DocxWriter {

    private DocxWriter() {
    }

    static byte[] write(SourceDoc src) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            headingStyles(doc);
            BigInteger bullets = bulletNumbering(doc);
            if (!src.hasTitleHeading()) {
                XWPFParagraph title = doc.createParagraph();
                title.setStyle("Heading1");
                title.createRun().setText(src.setting("title", src.name()));
            }
            for (Block block : src.blocks()) {
                if (block instanceof Block.Heading h) {
                    XWPFParagraph p = doc.createParagraph();
                    p.setStyle("Heading" + h.level());
                    p.createRun().setText(Inline.plain(h.text()));
                } else if (block instanceof Block.Paragraph para) {
                    doc.createParagraph().createRun().setText(Inline.plain(para.text()));
                } else if (block instanceof Block.ListItem item) {
                    XWPFParagraph p = doc.createParagraph();
                    if (item.marked()) {
                        p.setNumID(bullets);
                        p.setNumILvl(BigInteger.valueOf(item.level() - 1));
                    }
                    p.createRun().setText(Inline.plain(item.text()));
                } else if (block instanceof Block.Table t) {
                    table(doc, t);
                }
            }
            POIXMLProperties.CoreProperties core = doc.getProperties().getCoreProperties();
            Date created = Date.from(src.created());
            core.setTitle(src.setting("title", src.name()));
            core.setCreator(Pdfs.PRODUCER);
            core.setCreated(Optional.of(created));
            core.setModified(Optional.of(created));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            return fixedZipTimes(out.toByteArray());
        }
    }

    private static void headingStyles(XWPFDocument doc) {
        XWPFStyles styles = doc.createStyles();
        int[] halfPoints = {32, 26, 22};
        for (int level = 1; level <= 3; level++) {
            CTStyle style = CTStyle.Factory.newInstance();
            style.setStyleId("Heading" + level);
            style.setType(STStyleType.PARAGRAPH);
            style.addNewName().setVal("heading " + level);
            style.addNewQFormat();
            style.addNewPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(level - 1));
            CTRPr run = style.addNewRPr();
            run.addNewB();
            run.addNewSz().setVal(BigInteger.valueOf(halfPoints[level - 1]));
            styles.addStyle(new XWPFStyle(style, styles));
        }
    }

    private static BigInteger bulletNumbering(XWPFDocument doc) {
        CTAbstractNum abstractNum = CTAbstractNum.Factory.newInstance();
        abstractNum.setAbstractNumId(BigInteger.ZERO);
        for (int i = 0; i < 2; i++) {
            CTLvl lvl = abstractNum.addNewLvl();
            lvl.setIlvl(BigInteger.valueOf(i));
            lvl.addNewStart().setVal(BigInteger.ONE);
            lvl.addNewNumFmt().setVal(STNumberFormat.BULLET);
            lvl.addNewLvlText().setVal(i == 0 ? "\u2022" : "o");
            lvl.addNewPPr().addNewInd().setLeft(BigInteger.valueOf(720L * (i + 1)));
        }
        XWPFNumbering numbering = doc.createNumbering();
        BigInteger abstractId = numbering.addAbstractNum(new XWPFAbstractNum(abstractNum, numbering));
        return numbering.addNum(abstractId);
    }

    private static void table(XWPFDocument doc, Block.Table t) {
        XWPFTable table = doc.createTable(t.rows().size() + 1, t.header().size());
        fill(table.getRow(0), t.header(), true);
        table.getRow(0).setRepeatHeader(true);
        for (int i = 0; i < t.rows().size(); i++) {
            fill(table.getRow(i + 1), t.rows().get(i), false);
        }
    }

    private static void fill(XWPFTableRow row, List<String> cells, boolean bold) {
        for (int c = 0; c < cells.size(); c++) {
            XWPFRun run = row.getCell(c).getParagraphs().get(0).createRun();
            run.setBold(bold);
            run.setText(Inline.plain(cells.get(c)));
        }
    }

    /**
     * POI stamps every zip entry with the current time; copy the entries with a fixed local time
     * (DOS zip times are local, so the fixed value is expressed in the machine's zone).
     */
    private static byte[] fixedZipTimes(byte[] zip) throws IOException {
        long fixed = LocalDateTime.of(2025, 1, 1, 0, 0).atZone(ZoneId.systemDefault()).toInstant().toEpochMilli();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
             ZipOutputStream zout = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTime(fixed);
                zout.putNextEntry(copy);
                in.transferTo(zout);
                zout.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
