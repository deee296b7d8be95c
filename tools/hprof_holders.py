#!/usr/bin/env python3
"""Who holds the big byte and char arrays of a JVM heap dump.

The class histogram (jcmd GC.class_histogram) says an idle screen costs so many KB of [B and [C,
but not whose they are: a buffer of Tomcat's, of Atmosphere's, of Vaadin's session, or a string.
This reads an HPROF dump (jcmd <pid> GC.heap_dump FILE, e.g. ScreenHeapBenchmark -Ddump=DIR),
follows each array of at least --min bytes up its chain of referrers (the first referrer found
of each object, which for buffers is their one owner) and sums the arrays per chain of classes.

    python3 tools/hprof_holders.py DUMP.hprof [--min 1024] [--depth 6] [--top 30]

Pure standard library; a 200 MB dump takes a minute or two.
"""
import argparse
import collections
import struct
import sys

BASIC_SIZES = {2: None, 4: 1, 5: 2, 6: 4, 7: 8, 8: 1, 9: 2, 10: 4, 11: 8}
# Holders that only carry an array on for someone else: --by-owner looks past them.
PLUMBING = ('java.nio.', 'java.lang.String', '[', 'java.util.', 'java.lang.ref.', 'java.lang.ThreadLocal')
ARRAY_NAMES = {4: 'boolean[]', 5: 'char[]', 6: 'float[]', 7: 'double[]', 8: 'byte[]', 9: 'short[]',
               10: 'int[]', 11: 'long[]'}


class Dump:
    def __init__(self, path):
        with open(path, 'rb') as file:
            self.data = memoryview(file.read())
        end = bytes(self.data[:64]).index(b'\0')
        self.id_size = struct.unpack_from('>I', self.data, end + 1)[0]
        self.start = end + 1 + 4 + 8
        self.id_format = '>Q' if self.id_size == 8 else '>I'
        self.strings = {}
        self.class_names = {}
        self.class_fields = {}   # class id -> (super id, [field types])
        self.classes = {}        # object id -> class id (instances and object arrays)
        self.primitive_arrays = {}  # object id -> (element type, bytes)
        self.referrer = {}       # object id -> the first object found pointing at it
        self.edges = None        # object id -> ids it points at (only for --owned-by)
        self.sizes = {}          # object id -> its size in the JVM, roughly (compressed oops)
        self.gc_roots = []

    def ident(self, offset):
        return struct.unpack_from(self.id_format, self.data, offset)[0]

    def records(self):
        offset = self.start
        data = self.data
        while offset < len(data):
            tag = data[offset]
            length = struct.unpack_from('>I', data, offset + 5)[0]
            yield tag, offset + 9, length
            offset += 9 + length

    def read(self):
        for tag, body, length in self.records():
            if tag == 0x01:
                self.strings[self.ident(body)] = bytes(self.data[body + self.id_size:body + length]).decode('utf-8', 'replace')
            elif tag == 0x02:
                class_id = self.ident(body + 4)
                self.class_names[class_id] = self.ident(body + 8 + self.id_size)
            elif tag in (0x0C, 0x1C):
                self.heap_segment(body, body + length, first_pass=True)
        for tag, body, length in self.records():
            if tag in (0x0C, 0x1C):
                self.heap_segment(body, body + length, first_pass=False)

    def name(self, class_id):
        return self.strings.get(self.class_names.get(class_id), '?').replace('/', '.')

    def heap_segment(self, offset, end, first_pass):
        data, size = self.data, self.id_size
        root_lengths = {0xFF: size, 0x01: 2 * size, 0x02: size + 8, 0x03: size + 8, 0x04: size + 4,
                        0x05: size, 0x06: size + 4, 0x07: size, 0x08: size + 8}
        while offset < end:
            tag = data[offset]
            offset += 1
            if tag in root_lengths:
                if first_pass:
                    self.gc_roots.append(self.ident(offset))
                offset += root_lengths[tag]
            elif tag == 0x20:
                offset = self.class_dump(offset, first_pass)
            elif tag == 0x21:
                object_id = self.ident(offset)
                class_id = self.ident(offset + size + 4)
                length = struct.unpack_from('>I', data, offset + 2 * size + 4)[0]
                values = offset + 2 * size + 8
                if first_pass:
                    self.classes[object_id] = class_id
                else:
                    self.instance_references(object_id, class_id, values)
                    self.sizes[object_id] = align(12 + self.field_bytes(class_id))
                offset = values + length
            elif tag == 0x22:
                object_id = self.ident(offset)
                count = struct.unpack_from('>I', data, offset + size + 4)[0]
                elements = offset + 2 * size + 8
                if first_pass:
                    self.classes[object_id] = self.ident(offset + size + 8)
                else:
                    targets = []
                    for index in range(count):
                        target = self.ident(elements + index * size)
                        if target:
                            targets.append(target)
                            if target not in self.referrer:
                                self.referrer[target] = object_id
                    if self.edges is not None:
                        self.edges[object_id] = targets
                    self.sizes[object_id] = align(16 + 4 * count)
                offset = elements + count * size
            elif tag == 0x23:
                object_id = self.ident(offset)
                count = struct.unpack_from('>I', data, offset + size + 4)[0]
                element_type = data[offset + size + 8]
                nbytes = count * BASIC_SIZES[element_type]
                if first_pass:
                    self.primitive_arrays[object_id] = (element_type, nbytes)
                    self.sizes[object_id] = align(16 + nbytes)
                offset += size + 9 + nbytes
            else:
                raise ValueError('unknown heap record 0x%02x at %d' % (tag, offset - 1))

    def class_dump(self, offset, first_pass):
        data, size = self.data, self.id_size
        class_id = self.ident(offset)
        super_id = self.ident(offset + size + 4)
        offset += 7 * size + 4 + 4
        constants = struct.unpack_from('>H', data, offset)[0]
        offset += 2
        for _ in range(constants):
            value_type = data[offset + 2]
            offset += 3 + (size if value_type == 2 else BASIC_SIZES[value_type])
        statics = struct.unpack_from('>H', data, offset)[0]
        offset += 2
        static_targets = []
        for _ in range(statics):
            value_type = data[offset + size]
            value_offset = offset + size + 1
            if value_type == 2 and not first_pass:
                target = self.ident(value_offset)
                if target:
                    static_targets.append(target)
                if target and target not in self.referrer:
                    self.referrer[target] = class_id
            offset = value_offset + (size if value_type == 2 else BASIC_SIZES[value_type])
        fields = struct.unpack_from('>H', data, offset)[0]
        offset += 2
        types = []
        for _ in range(fields):
            types.append(data[offset + size])
            offset += size + 1
        if first_pass:
            self.class_fields[class_id] = (super_id, types)
        elif self.edges is not None:
            self.edges[class_id] = static_targets
        return offset

    def field_bytes(self, class_id):
        total = 0
        while class_id:
            super_id, types = self.class_fields.get(class_id, (0, []))
            total += sum(4 if value_type == 2 else BASIC_SIZES[value_type] for value_type in types)
            class_id = super_id
        return total

    def instance_references(self, object_id, class_id, offset):
        size, referrer = self.id_size, self.referrer
        targets = [] if self.edges is not None else None
        while class_id:
            super_id, types = self.class_fields.get(class_id, (0, []))
            for value_type in types:
                if value_type == 2:
                    target = self.ident(offset)
                    if target:
                        if target not in referrer:
                            referrer[target] = object_id
                        if targets is not None:
                            targets.append(target)
                    offset += size
                else:
                    offset += BASIC_SIZES[value_type]
            class_id = super_id
        if targets is not None:
            self.edges[object_id] = targets

    def owned(self, root_classes):
        """What the instances of root_classes hold that nothing else does. First everything the rest
        of the JVM reaches (from its GC roots and every class's statics) without passing through a
        root instance; then, from each root instance, what it reaches outside that. An object reached
        from two root instances is counted once, as shared."""
        roots = {object_id for object_id, class_id in self.classes.items() if self.name(class_id) in root_classes}
        work = [node for node in list(self.gc_roots) + list(self.class_fields) if node not in roots]
        world = dict.fromkeys(work, 0)  # object -> the object it was first reached from (0: a GC root)
        while work:
            current = work.pop()
            for target in self.edges.get(current, ()):
                if target not in world and target not in roots:
                    world[target] = current
                    work.append(target)
        self.world = world
        reached_by = {}
        for root in roots:
            seen = {root}
            work = [root]
            while work:
                for target in self.edges.get(work.pop(), ()):
                    if target not in seen and target not in world and target not in roots:
                        seen.add(target)
                        work.append(target)
            for node in seen:
                reached_by[node] = root if node not in reached_by else -1
        return sorted(roots), reached_by

    def class_of(self, object_id):
        if object_id in self.classes:
            return self.name(self.classes[object_id])
        if object_id in self.class_fields:
            return 'class ' + self.name(object_id)
        return '?'

    def chain(self, object_id, depth):
        names = []
        seen = {object_id}
        current = self.referrer.get(object_id)
        while current and len(names) < depth and current not in seen:
            seen.add(current)
            names.append(self.class_of(current))
            current = self.referrer.get(current)
        return names


def align(nbytes):
    return (nbytes + 7) & ~7


def report_owned(dump, root_classes, top, why):
    roots, label = dump.owned(root_classes)
    if why:
        # How the rest of the JVM reaches an instance of a class the roots were meant to hold.
        for object_id, class_id in dump.classes.items():
            if dump.name(class_id) == why and object_id in dump.world:
                path = [object_id]
                while dump.world.get(path[-1]) and len(path) < 40:
                    path.append(dump.world[path[-1]])
                print('reached without the roots: ' + ' <- '.join(dump.class_of(node) for node in path))
                break
    per_root = collections.Counter()
    for object_id, mark in label.items():
        if mark != -1:
            per_root[mark] += dump.sizes.get(object_id, 0)
    if not roots:
        print('no instance of ' + ', '.join(root_classes))
        return
    sizes = sorted(per_root[root] for root in roots)
    shared = sum(dump.sizes.get(node, 0) for node, mark in label.items() if mark == -1)
    print('%d roots (%s): owned KB per root, lowest %d, median %d, highest %d; all together %d KB,'
          ' and %d KB reached from two or more of them'
          % (len(roots), ', '.join(root_classes), sizes[0] >> 10, sizes[len(sizes) // 2] >> 10,
             sizes[-1] >> 10, sum(sizes) >> 10, shared >> 10))
    per_class = collections.Counter()
    for object_id in label:
        per_class[dump.class_of(object_id)] += dump.sizes.get(object_id, 0)
    for name, nbytes in per_class.most_common(top):
        print('%8.1f KB  %s' % (nbytes / 1024, name))


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument('dump')
    parser.add_argument('--min', type=int, default=1024, help='smallest array counted, in bytes')
    parser.add_argument('--depth', type=int, default=6, help='referrers followed up from each array')
    parser.add_argument('--top', type=int, default=30, help='chains printed')
    parser.add_argument('--by-owner', action='store_true',
                        help='sum per first holder that is not a JDK buffer, array, string or collection')
    parser.add_argument('--owned-by', help='comma-separated classes: what each of their instances alone leads to')
    parser.add_argument('--of', help='comma-separated classes whose instances to follow up, instead of big arrays')
    parser.add_argument('--why', help='with --owned-by: how the rest of the JVM reaches an instance of this class')
    arguments = parser.parse_args()
    dump = Dump(arguments.dump)
    if arguments.owned_by:
        dump.edges = {}
    dump.read()
    if arguments.owned_by:
        report_owned(dump, set(arguments.owned_by.split(',')), arguments.top, arguments.why)
        return
    totals = collections.Counter()
    counts = collections.Counter()
    all_bytes = collections.Counter()
    if arguments.of:
        wanted = set(arguments.of.split(','))
        items = [(object_id, class_id, dump.sizes.get(object_id, 0)) for object_id, class_id in dump.classes.items()
                 if dump.name(class_id) in wanted]
    else:
        items = [(object_id, element_type, nbytes) for object_id, (element_type, nbytes) in dump.primitive_arrays.items()]
    for object_id, element_type, nbytes in items:
        if not arguments.of:
            all_bytes[ARRAY_NAMES[element_type]] += nbytes
            if nbytes < arguments.min or element_type not in (5, 8):
                continue
        chain = dump.chain(object_id, arguments.depth)
        if arguments.by_owner:
            chain = [next((name for name in chain if not name.startswith(PLUMBING)), '?')]
        key = (dump.name(element_type) if arguments.of else ARRAY_NAMES[element_type]) + ' <- ' + ' <- '.join(chain)
        totals[key] += nbytes
        counts[key] += 1
    print('all primitive arrays: ' + ', '.join('%s %,d KB'.replace(',', '') % (name, nbytes >> 10)
                                               for name, nbytes in all_bytes.most_common()))
    print('byte[] and char[] of at least %d bytes, by their chain of holders:' % arguments.min)
    for key, nbytes in totals.most_common(arguments.top):
        print('%8d KB %5d x  %s' % (nbytes >> 10, counts[key], key))


if __name__ == '__main__':
    sys.exit(main())
