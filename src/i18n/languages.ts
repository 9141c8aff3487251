/**
 * The UI strings in the languages we ship besides English (strings.ts has English and loads this
 * module when an element speaks one of these).
 */
import { provideLanguages, type NewsprintStrings } from './strings.js';

const es: NewsprintStrings = {
  by: 'Por',
  andOthers: '{name} y {n} más',
  updated: 'Actualizado',
  minRead: '{n} min de lectura',
  photo: 'Foto:',
  loading: 'Cargando la noticia…',
  errorTitle: 'Esta noticia no está disponible en este momento.',
  errorLink: 'Leerla en el sitio del medio',
  imageUnavailable: 'Imagen no disponible',
  readOriginal: 'Leer la noticia original',
  publishedBy: 'Publicado por {publisher}',
};

const ar: NewsprintStrings = {
  by: 'بقلم',
  andOthers: '{name} و{n} آخرون',
  updated: 'آخر تحديث',
  minRead: 'قراءة في {n} دقيقة',
  photo: 'تصوير:',
  loading: 'جارٍ تحميل القصة…',
  errorTitle: 'هذه القصة غير متاحة الآن.',
  errorLink: 'اقرأها على موقع الناشر',
  imageUnavailable: 'الصورة غير متاحة',
  readOriginal: 'اقرأ القصة الأصلية',
  publishedBy: 'نشرته {publisher}',
};

export const languages: Record<string, NewsprintStrings> = { es, ar };

provideLanguages(languages);
