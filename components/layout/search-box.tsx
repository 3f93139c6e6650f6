/** The header's search: a plain GET form, so a search is a URL (/search?q=…) and works without JavaScript. */
export function SearchBox({ label, placeholder, submit }: { label: string; placeholder: string; submit: string }) {
  return (
    <form role="search" aria-label={label} action="/search" className="flex items-center gap-1">
      <label htmlFor="header-search" className="sr-only">{label}</label>
      <input
        id="header-search"
        name="q"
        type="search"
        minLength={2}
        maxLength={100}
        placeholder={placeholder}
        className="w-36 rounded border border-white/30 bg-white/10 px-2 py-1 text-sm text-white placeholder:text-white/70 focus:bg-white focus:text-stone-900 sm:w-48"
      />
      <button type="submit" className="rounded px-2 py-1 text-sm hover:bg-white/10">{submit}</button>
    </form>
  );
}
