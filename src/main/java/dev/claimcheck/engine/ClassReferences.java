package dev.claimcheck.engine;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What one class file refers to, read from its constant pool: the fields, methods and constructors
 * it uses (every {@code CONSTANT_Fieldref}, {@code Methodref} and {@code InterfaceMethodref}, which
 * also covers method handles, lambdas, method references and invokedynamic bootstrap methods, as those
 * point at such entries), its name and its interfaces. Class names are binary names
 * ({@code java.lang.System}, {@code java.util.Map$Entry}); an array class stands for its element class.
 * A class that is only named (a cast, an {@code instanceof}, a class literal, a catch) is not a use:
 * nothing can be done with it without one of its members.
 */
record ClassReferences(String name, List<String> interfaces, Set<Member> members) {

    /** A field, method or constructor ({@code <init>}) of a class, as the code refers to it. */
    record Member(String owner, String name, String descriptor, boolean field) {
        boolean constructor() {
            return name.equals("<init>");
        }
    }

    private static final int UTF8 = 1;
    private static final int INTEGER = 3;
    private static final int FLOAT = 4;
    private static final int LONG = 5;
    private static final int DOUBLE = 6;
    private static final int CLASS = 7;
    private static final int STRING = 8;
    private static final int FIELDREF = 9;
    private static final int METHODREF = 10;
    private static final int INTERFACE_METHODREF = 11;
    private static final int NAME_AND_TYPE = 12;
    private static final int METHOD_HANDLE = 15;
    private static final int METHOD_TYPE = 16;
    private static final int DYNAMIC = 17;
    private static final int INVOKE_DYNAMIC = 18;
    private static final int MODULE = 19;
    private static final int PACKAGE = 20;

    /** Reads a class file; anything that is not a well-formed class file is an IOException. */
    static ClassReferences read(byte[] classFile) throws IOException {
        try {
            return parse(new DataInputStream(new ByteArrayInputStream(classFile)));
        } catch (RuntimeException e) {
            throw new IOException("not a well-formed class file: " + e, e);
        }
    }

    private static ClassReferences parse(DataInputStream in) throws IOException {
        if (in.readInt() != 0xCAFEBABE) {
            throw new IOException("not a class file");
        }
        in.readUnsignedShort();   // minor version
        in.readUnsignedShort();   // major version
        int count = in.readUnsignedShort();
        int[] tags = new int[count];
        String[] utf8 = new String[count];
        int[] first = new int[count];
        int[] second = new int[count];
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            tags[i] = tag;
            switch (tag) {
                case UTF8 -> utf8[i] = in.readUTF();
                case INTEGER, FLOAT -> in.readInt();
                case LONG, DOUBLE -> {
                    in.readLong();
                    i++;   // takes two entries
                }
                case CLASS, STRING, METHOD_TYPE, MODULE, PACKAGE -> first[i] = in.readUnsignedShort();
                case FIELDREF, METHODREF, INTERFACE_METHODREF, NAME_AND_TYPE, DYNAMIC, INVOKE_DYNAMIC -> {
                    first[i] = in.readUnsignedShort();
                    second[i] = in.readUnsignedShort();
                }
                case METHOD_HANDLE -> {
                    first[i] = in.readUnsignedByte();
                    second[i] = in.readUnsignedShort();
                }
                default -> throw new IOException("unknown constant pool tag " + tag + " at entry " + i);
            }
        }
        Set<Member> members = new LinkedHashSet<>();
        for (int i = 1; i < count; i++) {
            if (tags[i] == FIELDREF || tags[i] == METHODREF || tags[i] == INTERFACE_METHODREF) {
                String owner = className(utf8[first[first[i]]]);
                int nameAndType = second[i];
                if (owner != null) {
                    members.add(new Member(owner, utf8[first[nameAndType]], utf8[second[nameAndType]], tags[i] == FIELDREF));
                }
            }
        }
        in.readUnsignedShort();   // access flags
        String name = className(utf8[first[in.readUnsignedShort()]]);
        in.readUnsignedShort();   // super class: calling its constructor is a use of it
        int interfaceCount = in.readUnsignedShort();
        List<String> interfaces = new ArrayList<>();
        for (int i = 0; i < interfaceCount; i++) {
            interfaces.add(className(utf8[first[in.readUnsignedShort()]]));
        }
        return new ClassReferences(name, List.copyOf(interfaces), members);
    }

    /**
     * The binary name of the class an internal name or array descriptor stands for ({@code [Ljava/io/File;}
     * is {@code java.io.File}), or null for an array of primitives: its members (clone, length) are harmless.
     */
    private static String className(String internalName) {
        String type = internalName;
        while (type.startsWith("[")) {
            type = type.substring(1);
        }
        if (type.length() != internalName.length()) {
            if (!type.startsWith("L") || !type.endsWith(";")) {
                return null;
            }
            type = type.substring(1, type.length() - 1);
        }
        return type.replace('/', '.');
    }
}
