export type DocumentKind = 'to-trinh' | 'bao-cao-thanh-tich' | 'bien-ban-hoi-dong' | 'quyet-dinh' | 'to-trinh-cap-tren' | 'bao-cao-ket-qua';
/** one document a person may take: what it is and whom it is about */
export interface DocumentChoice {
  kind: DocumentKind;
  unitId: number | null;
  nominationId: number | null;
  /** unit or nominee name for the menu */ subject: string | null;
}
export interface RenderedDocument {
  /** ASCII, safe, e.g. "to-trinh-van-phong-thong-ke.docx" */ fileName: string;
  bytes: Uint8Array;
  mimeType: string;
}
/** the menu label of each kind (locale keys, spelled out so the locale check finds them) */
export const DOCUMENT_KIND_LABEL: Readonly<Record<DocumentKind, string>> = {
  'to-trinh': 'document-kind-to-trinh',
  'bao-cao-thanh-tich': 'document-kind-bao-cao-thanh-tich',
  'bien-ban-hoi-dong': 'document-kind-bien-ban-hoi-dong',
  'quyet-dinh': 'document-kind-quyet-dinh',
  'to-trinh-cap-tren': 'document-kind-to-trinh-cap-tren',
  'bao-cao-ket-qua': 'document-kind-bao-cao-ket-qua',
};
