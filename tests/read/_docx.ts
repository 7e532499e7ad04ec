/** A Word document made for the tests: the parts Word writes, zipped with fflate. */
import { strToU8, zipSync } from 'fflate';

const escape = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export type DocxBlock =
  | { style?: 'Title' | 'Subtitle' | 'Heading1' | 'Heading2' | 'Quote'; runs: (string | { text: string; italic?: boolean; bold?: boolean; lang?: string } | { footnote: string } | { bookmark: string })[] };

/** A Word table: rows of cells; a cell is its paragraphs' texts (one string for one), `span` merges it across columns. */
export interface DocxTable {
  /** The first row repeats as a header row (Word's “Repeat as header row”). */
  headerRow?: boolean;
  rows: (string | string[] | { text: string; span: number })[][];
}

export interface DocxOptions {
  blocks: (DocxBlock | { table: DocxTable })[];
  title?: string;
  creator?: string;
  created?: string;
  /** The document's default language (`w:docDefaults` in styles.xml), as Word's template sets it. */
  language?: string;
}

export function makeDocx({ blocks, title, creator, created, language }: DocxOptions): Uint8Array {
  const notes: string[] = [];
  const table = ({ headerRow, rows }: DocxTable): string => {
    const cell = (content: string | string[] | { text: string; span: number }): string => {
      const span = typeof content === 'object' && !Array.isArray(content) ? `<w:tcPr><w:gridSpan w:val="${content.span}"/></w:tcPr>` : '';
      const texts = typeof content === 'string' ? [content] : Array.isArray(content) ? content : [content.text];
      return `<w:tc>${span}${texts.map((text) => `<w:p><w:r><w:t xml:space="preserve">${escape(text)}</w:t></w:r></w:p>`).join('')}</w:tc>`;
    };
    const trs = rows.map((row, index) => `<w:tr>${index === 0 && headerRow ? '<w:trPr><w:tblHeader/></w:trPr>' : ''}${row.map(cell).join('')}</w:tr>`);
    return `<w:tbl><w:tblPr/>${trs.join('')}</w:tbl>`;
  };
  const paragraph = (block: DocxBlock | { table: DocxTable }): string => {
    if ('table' in block) return table(block.table);
    const style = block.style ? `<w:pPr><w:pStyle w:val="${block.style}"/></w:pPr>` : '';
    const runs = block.runs
      .map((run) => {
        if (typeof run === 'string') return `<w:r><w:t xml:space="preserve">${escape(run)}</w:t></w:r>`;
        // A bookmark, as Word writes for a heading a table of contents links to.
        if ('bookmark' in run) return `<w:bookmarkStart w:id="${notes.length + 100}" w:name="${run.bookmark}"/><w:bookmarkEnd w:id="${notes.length + 100}"/>`;
        if ('footnote' in run) {
          notes.push(run.footnote);
          return `<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="${notes.length}"/></w:r>`;
        }
        const props = `${run.italic ? '<w:i/>' : ''}${run.bold ? '<w:b/>' : ''}${run.lang ? `<w:lang w:val="${run.lang}"/>` : ''}`;
        return `<w:r><w:rPr>${props}</w:rPr><w:t xml:space="preserve">${escape(run.text)}</w:t></w:r>`;
      })
      .join('');
    return `<w:p>${style}${runs}</w:p>`;
  };
  const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
  const body = blocks.map(paragraph).join('');
  const style = (id: string, name: string): string => `<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="${name}"/></w:style>`;
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>`,
    ),
    '_rels/.rels': strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>`,
    ),
    'word/_rels/document.xml.rels': strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/></Relationships>`,
    ),
    'word/styles.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles ${W}>${language ? `<w:docDefaults><w:rPrDefault><w:rPr><w:lang w:val="${language}" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault></w:docDefaults>` : ''}${style('Title', 'Title')}${style('Subtitle', 'Subtitle')}${style('Heading1', 'heading 1')}${style('Heading2', 'heading 2')}${style('Quote', 'Quote')}<w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/></w:style></w:styles>`,
    ),
    'word/document.xml': strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W}><w:body>${body}</w:body></w:document>`),
  };
  files['word/footnotes.xml'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes ${W}><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote><w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>${notes
      .map((note, i) => `<w:footnote w:id="${i + 1}"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> ${escape(note)}</w:t></w:r></w:p></w:footnote>`)
      .join('')}</w:footnotes>`,
  );
  files['docProps/core.xml'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">${title ? `<dc:title>${escape(title)}</dc:title>` : ''}${creator ? `<dc:creator>${escape(creator)}</dc:creator>` : ''}${created ? `<dcterms:created xsi:type="dcterms:W3CDTF">${created}</dcterms:created>` : ''}</cp:coreProperties>`,
  );
  return zipSync(files);
}
